/**
 * Offline tools that ship in the jar but are not part of the product: the command-line tools {@code
 * dedupe}, {@code generate-persons}, {@code evaluate} and {@code encode-persons}, the synthetic
 * person generator, the persons CSV and the evaluation of a matching against true pairs. They need
 * neither Spring nor the database. The product never depends on this module; only the launcher
 * ({@code HavenApplication.main}) hands it the command line.
 */
@ApplicationModule(allowedDependencies = "people::matching")
package org.haven.tools;

import org.springframework.modulith.ApplicationModule;

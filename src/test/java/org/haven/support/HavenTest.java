package org.haven.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one shared application context for tests: the whole application on a random port, on its own
 * throw-away embedded PostgreSQL. Every test class that uses exactly this annotation shares the
 * context (and the database).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "haven.database.data-dir=target/test-db/${random.uuid}",
      "haven.database.embedded-clean-on-close=true",
      "haven.admin.email=first-admin@haven.test",
      "haven.crossborder.allow-http=true",
      "haven.crossborder.deliver-every=PT1S",
      "haven.crossborder.request-timeout=PT3S",
      "haven.crossborder.first-retry=PT1S"
    })
public @interface HavenTest {}

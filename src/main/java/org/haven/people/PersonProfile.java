package org.haven.people;

import java.util.List;

/**
 * What statistics may know of a person: sex, birth and citizenships (first = the one counted).
 * Never a name, a document or an address.
 */
public record PersonProfile(
    PersonId person, Gender gender, Birth birth, List<String> citizenships) {}

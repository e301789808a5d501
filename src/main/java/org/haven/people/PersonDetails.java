package org.haven.people;

import java.util.List;

/**
 * What is known of a person, as given by a user: names as written (any script) with an optional
 * Latin form (computed when absent), other names, gender, birth, citizenships (ISO 3166), languages
 * (ISO 639), interpreter need, phone and identity documents.
 */
public record PersonDetails(
    String givenNames,
    String familyName,
    String givenNamesLatin,
    String familyNameLatin,
    List<String> otherNames,
    Gender gender,
    Birth birth,
    List<String> citizenships,
    List<String> languages,
    boolean interpreterNeeded,
    String phone,
    List<IdentityDocument> documents) {

  public PersonDetails {
    otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
    citizenships = citizenships == null ? List.of() : List.copyOf(citizenships);
    languages = languages == null ? List.of() : List.copyOf(languages);
    documents = documents == null ? List.of() : List.copyOf(documents);
    birth = birth == null ? Birth.unknown() : birth;
    gender = gender == null ? Gender.NonSpecifiedUnknown : gender;
  }

  /** The same details with the phone as given (the front door's E.164 form of what was typed). */
  public PersonDetails withPhone(String e164) {
    return new PersonDetails(
        givenNames,
        familyName,
        givenNamesLatin,
        familyNameLatin,
        otherNames,
        gender,
        birth,
        citizenships,
        languages,
        interpreterNeeded,
        e164,
        documents);
  }
}

package org.haven.intake;

import java.time.LocalDate;
import java.util.List;
import org.haven.people.Birth;
import org.haven.people.Gender;

/**
 * Everything a sender writes in a referral. Identity fields (names, phone, birth, account) belong
 * to full referrals and children only; an anonymous notification keeps gender, age band,
 * citizenship, exploitation, indicators and place.
 */
public record ReferralDraft(
    ReferralPath path,
    Channel channel,
    LocalDate encounterDate,
    String encounterPlace,
    List<Exploitation> exploitation,
    String forcedLabourIndustry,
    List<String> indicators,
    String account,
    boolean immediateDanger,
    String interpreterLanguage,
    String givenNames,
    String familyName,
    String otherNames,
    String phone,
    Gender gender,
    Birth birth,
    List<String> citizenships,
    AgeBand ageBand,
    Consent consent,
    ChildServices childServices) {

  public ReferralDraft {
    exploitation = exploitation == null ? List.of() : List.copyOf(exploitation);
    indicators = indicators == null ? List.of() : List.copyOf(indicators);
    citizenships = citizenships == null ? List.of() : List.copyOf(citizenships);
    consent = consent == null ? Consent.none() : consent;
    gender = gender == null ? Gender.NonSpecifiedUnknown : gender;
    birth = birth == null ? Birth.unknown() : birth;
  }

  /** The same draft with the phone as given (the front door's E.164 form of what was typed). */
  public ReferralDraft withPhone(String e164) {
    return new ReferralDraft(
        path,
        channel,
        encounterDate,
        encounterPlace,
        exploitation,
        forcedLabourIndustry,
        indicators,
        account,
        immediateDanger,
        interpreterLanguage,
        givenNames,
        familyName,
        otherNames,
        e164,
        gender,
        birth,
        citizenships,
        ageBand,
        consent,
        childServices);
  }
}

package org.haven.crossborder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.haven.casework.CasePart;
import org.haven.intake.Channel;
import org.haven.intake.Consent;
import org.haven.intake.ReferralDraft;
import org.haven.intake.ReferralPath;
import org.haven.people.Birth;
import org.haven.people.Gender;
import tools.jackson.databind.JsonNode;

/**
 * An envelope's {@code referral} (already checked against the schema) read as the referral it
 * becomes in the centre's queue: the person as the partner knew her, the partner as the sender, the
 * note as the account. A child (said so, or by the birth date on the day of sending) arrives on the
 * child path.
 */
record ReceivedReferral(
    ReferralDraft draft,
    TransferBasis basis,
    LocalDate consentGivenOn,
    String basisDetail,
    String note,
    Set<CasePart> parts,
    boolean child) {

  private static final int LINE = 200;

  static ReceivedReferral read(JsonNode referral, Partner partner, Instant issued, Clock clock) {
    LocalDate today = LocalDate.now(clock);
    LocalDate sentOn = LocalDate.ofInstant(issued, clock.getZone());
    LocalDate encounter = sentOn.isAfter(today) ? today : sentOn;
    JsonNode person = referral.path("person");
    JsonNode basisNode = referral.path("basis");
    TransferBasis basis = TransferBasis.valueOf(basisNode.path("kind").asString());
    Birth birth = birth(person.path("birth"));
    boolean child =
        person.path("minor").asBoolean(false) || birth.minorAt(sentOn) == Birth.Minor.YES;
    List<String> citizenships = strings(person.path("citizenships"));
    List<String> languages = strings(person.path("languages"));
    String note = optional(referral.path("note"));
    List<String> otherNames = strings(person.path("otherNames"));
    Set<CasePart> parts = EnumSet.noneOf(CasePart.class);
    strings(referral.path("parts")).forEach(p -> parts.add(CasePart.valueOf(p)));
    ReferralDraft draft =
        new ReferralDraft(
            child ? ReferralPath.CHILD : ReferralPath.FULL,
            Channel.CROSS_BORDER,
            encounter,
            clip(partner.name() + " (" + partner.country() + ")"),
            List.of(),
            null,
            List.of(),
            note,
            false,
            person.path("interpreterNeeded").asBoolean(false) && !languages.isEmpty()
                ? languages.get(0)
                : null,
            optional(person.path("givenNames")),
            optional(person.path("familyName")),
            otherNames.isEmpty() ? null : clip(String.join(", ", otherNames)),
            null,
            Gender.valueOf(person.path("gender").asString()),
            birth,
            citizenships,
            null,
            new Consent(basis.restsOnConsent(), false, false),
            null);
    return new ReceivedReferral(
        draft,
        basis,
        basisNode.has("consentGivenOn")
            ? LocalDate.parse(basisNode.path("consentGivenOn").asString())
            : null,
        optional(basisNode.path("detail")),
        note,
        parts,
        child);
  }

  private static Birth birth(JsonNode birth) {
    String precision = birth.path("precision").asString();
    return switch (precision) {
      case "EXACT" -> Birth.exact(LocalDate.parse(birth.path("date").asString()));
      case "YEAR" -> Birth.year(birth.path("year").asInt());
      case "ESTIMATED" ->
          Birth.estimated(birth.path("year").asInt(), "stated by the sending country");
      default -> Birth.unknown();
    };
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    if (array.isArray()) {
      array.forEach(v -> values.add(v.asString()));
    }
    return values;
  }

  private static String optional(JsonNode node) {
    return node.isString() && !node.asString().isBlank() ? node.asString().strip() : null;
  }

  private static String clip(String text) {
    return text.length() <= LINE ? text : text.substring(0, LINE);
  }
}

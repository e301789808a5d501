package org.haven.outreach;

import java.util.List;
import org.haven.intake.Exploitation;

/**
 * Signs of trafficking seen at a contact: indicators of the catalogue, the forms of exploitation
 * suspected, whether there is immediate danger, and whether the person consents to being referred
 * by name: then the referral takes the full path and may carry what the person told ({@code
 * account}); without consent it is an anonymous notification, which holds no account.
 */
public record Suspicion(
    List<String> indicators,
    List<Exploitation> exploitation,
    String account,
    Boolean immediateDanger,
    Boolean consent) {

  public Suspicion {
    indicators = indicators == null ? List.of() : List.copyOf(indicators);
    exploitation = exploitation == null ? List.of() : List.copyOf(exploitation);
  }
}

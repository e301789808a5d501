package org.haven.statistics;

import java.util.UUID;
import org.haven.intake.ReferralAccepted;
import org.haven.intake.ReferralId;
import org.haven.intake.Referrals;
import org.haven.investigation.CriminalCaseChanged;
import org.haven.investigation.Investigations;
import org.haven.operations.JointActionRecorded;
import org.haven.operations.JointActionReferred;
import org.haven.operations.JointActions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Projects the authorities' field work for the status report: joint actions held and their counts,
 * the referrals made on them (and whose they turned out to be once accepted), and the criminal
 * cases beside victims' cases. Each fact is stored under its id, so a redelivered event changes
 * nothing.
 */
@Component
class FieldProjections {

  private final JdbcClient jdbc;
  private final JointActions actions;
  private final Investigations investigations;
  private final Referrals referrals;

  FieldProjections(
      JdbcClient jdbc, JointActions actions, Investigations investigations, Referrals referrals) {
    this.jdbc = jdbc;
    this.actions = actions;
    this.investigations = investigations;
    this.referrals = referrals;
  }

  /**
   * Empties these projections and replays every fact from operations and investigation; inside
   * {@link Projections#rebuild}. Answers the joint actions and the criminal cases projected.
   */
  long[] rebuild() {
    for (String table :
        new String[] {
          "joint_action", "joint_action_referral", "criminal_case", "criminal_charge"
        }) {
      jdbc.sql("DELETE FROM statistics." + table).update();
    }
    long[] counts = new long[2];
    actions.replayHeld(
        recorded -> {
          on(recorded);
          counts[0]++;
        });
    actions.replayReferred(
        referred -> {
          on(referred);
          referrals
              .acceptance(new ReferralId(referred.referral()))
              .filter(accepted -> accepted.person() != null)
              .ifPresent(
                  accepted ->
                      jdbc.sql(
                              "UPDATE statistics.joint_action_referral SET person_id = ? WHERE referral_id = ?")
                          .params(accepted.person().value(), referred.referral())
                          .update());
        });
    investigations.replay(
        changed -> {
          on(changed);
          counts[1]++;
        });
    return counts;
  }

  @ApplicationModuleListener
  void on(JointActionRecorded recorded) {
    jdbc.sql(
            """
            INSERT INTO statistics.joint_action (action_id, held_on, held_year, lead_type, sector, persons_met,
                screenings, interviews, declined)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (action_id) DO UPDATE SET held_on = EXCLUDED.held_on, held_year = EXCLUDED.held_year,
                lead_type = EXCLUDED.lead_type, sector = EXCLUDED.sector, persons_met = EXCLUDED.persons_met,
                screenings = EXCLUDED.screenings, interviews = EXCLUDED.interviews, declined = EXCLUDED.declined
            """)
        .params(
            recorded.action(),
            recorded.heldOn(),
            recorded.heldOn().getYear(),
            recorded.leadType(),
            recorded.sector(),
            recorded.personsMet(),
            recorded.screenings(),
            recorded.interviews(),
            recorded.declined())
        .update();
  }

  @ApplicationModuleListener
  void on(JointActionReferred referred) {
    jdbc.sql(
            """
            INSERT INTO statistics.joint_action_referral (referral_id, action_id, held_year)
            VALUES (?, ?, ?) ON CONFLICT (referral_id) DO NOTHING
            """)
        .params(referred.referral(), referred.action(), referred.heldOn().getYear())
        .update();
  }

  @ApplicationModuleListener
  void on(ReferralAccepted accepted) {
    if (accepted.person() == null) {
      return;
    }
    jdbc.sql("UPDATE statistics.joint_action_referral SET person_id = ? WHERE referral_id = ?")
        .params(accepted.person().value(), accepted.referral().value())
        .update();
  }

  @ApplicationModuleListener
  void on(CriminalCaseChanged changed) {
    UUID id = changed.caseId();
    int suspects = changed.charges().stream().mapToInt(CriminalCaseChanged.Charged::suspects).sum();
    jdbc.sql(
            """
            INSERT INTO statistics.criminal_case (case_id, linked_on, form, indicted_on, convicted_on, convicted, suspects)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (case_id) DO UPDATE SET linked_on = EXCLUDED.linked_on, form = EXCLUDED.form,
                indicted_on = EXCLUDED.indicted_on, convicted_on = EXCLUDED.convicted_on,
                convicted = EXCLUDED.convicted, suspects = EXCLUDED.suspects
            """)
        .params(
            id,
            changed.linkedOn(),
            FieldTables.form(changed.exploitation()),
            changed.indictedOn(),
            changed.convictedOn(),
            changed.convicted(),
            suspects)
        .update();
    jdbc.sql("DELETE FROM statistics.criminal_charge WHERE case_id = ?").param(id).update();
    for (CriminalCaseChanged.Charged charge : changed.charges()) {
      jdbc.sql(
              """
              INSERT INTO statistics.criminal_charge (case_id, charged_on, suspects) VALUES (?, ?, ?)
              ON CONFLICT (case_id, charged_on) DO UPDATE SET suspects = statistics.criminal_charge.suspects + EXCLUDED.suspects
              """)
          .params(id, charge.date(), charge.suspects())
          .update();
    }
  }
}

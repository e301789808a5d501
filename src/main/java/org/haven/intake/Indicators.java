package org.haven.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.Language;
import org.haven.access.Role;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Front door for the indicator catalogue: codes in groups with text in English, Danish and Swedish,
 * kept as data so that an administrator can add indicators without a release.
 */
@Service
public class Indicators {

  private final JdbcClient jdbc;
  private final AuditTrail audit;

  Indicators(JdbcClient jdbc, AuditTrail audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /** The active catalogue in {@code language}, groups and indicators in their order. */
  @Transactional(readOnly = true)
  public List<IndicatorGroup> catalogue(Language language) {
    Map<String, String> groupLabels = new LinkedHashMap<>();
    jdbc.sql(
            """
            SELECT g.code, coalesce(t.label, g.code) AS label FROM intake.indicator_group g
            LEFT JOIN intake.indicator_text t ON t.code = g.code AND t.language = ?
            ORDER BY g.position
            """)
        .param(language.code())
        .query(
            rs -> {
              groupLabels.put(rs.getString("code"), rs.getString("label"));
            });
    Map<String, List<Indicator>> byGroup = new LinkedHashMap<>();
    groupLabels.keySet().forEach(code -> byGroup.put(code, new ArrayList<>()));
    jdbc.sql(
            """
            SELECT i.code, i.group_code, coalesce(t.label, i.code) AS label, t.help FROM intake.indicator i
            LEFT JOIN intake.indicator_text t ON t.code = i.code AND t.language = ?
            WHERE i.active ORDER BY i.position
            """)
        .param(language.code())
        .query(
            rs -> {
              byGroup
                  .get(rs.getString("group_code"))
                  .add(
                      new Indicator(
                          rs.getString("code"),
                          rs.getString("group_code"),
                          rs.getString("label"),
                          rs.getString("help")));
            });
    List<IndicatorGroup> groups = new ArrayList<>();
    groupLabels.forEach(
        (code, label) ->
            groups.add(new IndicatorGroup(code, label, List.copyOf(byGroup.get(code)))));
    return groups;
  }

  /** Refuses codes that are not in the active catalogue, naming the field. */
  @Transactional(readOnly = true)
  public void requireKnown(List<String> codes) {
    if (codes.isEmpty()) {
      return;
    }
    List<String> known =
        jdbc.sql("SELECT code FROM intake.indicator WHERE active AND code = ANY (?)")
            .param(codes.toArray(String[]::new))
            .query(String.class)
            .list();
    for (String code : codes) {
      if (!known.contains(code)) {
        throw new InvalidInput("indicators", "referral.indicatorUnknown");
      }
    }
  }

  /**
   * Adds an indicator to a group, with its text in every interface language. Administrators only.
   */
  @Transactional
  public void add(String code, String group, Map<Language, String[]> labelAndHelp, Actor by) {
    if (!by.has(Role.ADMINISTRATOR)) {
      throw new AccessDeniedException("Administrators extend the catalogue");
    }
    if (code == null || !code.matches("[A-Z][A-Z0-9_]{2,59}")) {
      throw new InvalidInput("code", "indicator.code");
    }
    boolean groupExists =
        jdbc.sql("SELECT EXISTS (SELECT 1 FROM intake.indicator_group WHERE code = ?)")
            .param(group)
            .query(Boolean.class)
            .single();
    if (!groupExists) {
      throw new InvalidInput("group", "indicator.group");
    }
    boolean taken =
        jdbc.sql("SELECT EXISTS (SELECT 1 FROM intake.indicator WHERE code = ?)")
            .param(code)
            .query(Boolean.class)
            .single();
    if (taken) {
      throw new InvalidInput("code", "indicator.codeTaken");
    }
    for (Language language : Language.values()) {
      String[] text = labelAndHelp.get(language);
      if (text == null || text.length == 0 || text[0] == null || text[0].isBlank()) {
        throw new InvalidInput("label." + language.code(), "validation.required");
      }
    }
    jdbc.sql(
            """
            INSERT INTO intake.indicator (code, group_code, position)
            VALUES (?, ?, (SELECT coalesce(max(position), 0) + 1 FROM intake.indicator WHERE group_code = ?))
            """)
        .params(code, group, group)
        .update();
    for (Language language : Language.values()) {
      String[] text = labelAndHelp.get(language);
      jdbc.sql(
              "INSERT INTO intake.indicator_text (code, language, label, help) VALUES (?, ?, ?, ?)")
          .params(code, language.code(), text[0].strip(), text.length > 1 ? text[1] : null)
          .update();
    }
    audit.record(by.audit(), AuditAction.CREATE, "Indicator", code);
  }
}

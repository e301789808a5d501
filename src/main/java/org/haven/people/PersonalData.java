package org.haven.people;

import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A module's personal data about persons, removed when they are erased. A module declares one
 * component extending this with the SQL statements that erase its part for the persons given as the
 * one array parameter ({@code ?::uuid[]}): identifying values set to null, free text removed, dates
 * and codes kept. The listener runs in the erasure's transaction.
 */
public abstract class PersonalData {

  private final JdbcClient jdbc;
  private final List<String> statements;

  protected PersonalData(JdbcClient jdbc, String... statements) {
    this.jdbc = jdbc;
    this.statements = List.of(statements);
    for (String statement : statements) {
      if (statement.chars().filter(c -> c == '?').count() != 1) {
        throw new IllegalArgumentException("One parameter, the persons: " + statement);
      }
    }
  }

  @EventListener
  public void on(PersonsErased erased) {
    UUID[] persons = erased.ids();
    for (String statement : statements) {
      jdbc.sql(statement).param(persons).update();
    }
  }
}

package org.haven.people;

import java.util.List;
import java.util.UUID;

/**
 * The personal data of these persons was erased (the retention period ended, or the right to
 * erasure was exercised): every module removes what it holds that identifies them — names, free
 * text, documents — and keeps dates, codes and counts, within the erasure's own transaction, so the
 * erasure and every module's part commit together or not at all. Carries ids only.
 *
 * @param persons the records erased, absorbed records of a merge included
 */
public record PersonsErased(List<PersonId> persons) {

  public PersonsErased {
    persons = List.copyOf(persons);
  }

  /** The ids, as an SQL array parameter. */
  public UUID[] ids() {
    return persons.stream().map(PersonId::value).toArray(UUID[]::new);
  }
}

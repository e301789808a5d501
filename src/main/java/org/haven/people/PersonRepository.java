package org.haven.people;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface PersonRepository extends ListCrudRepository<Person, UUID> {

  @Query("SELECT * FROM people.person WHERE reference = :reference")
  Optional<Person> findByReference(String reference);

  /**
   * Same or swapped name keys, birth year within one year (or unknown), a shared citizenship (or
   * none known).
   */
  @Query(
      """
      SELECT * FROM people.person p
      WHERE (p.family_name_key IN (:family, :given) OR p.given_names_key IN (:family, :given))
        AND p.merged_into IS NULL
        AND (CAST(:year AS INT) IS NULL OR p.birth_year IS NULL OR abs(p.birth_year - CAST(:year AS INT)) <= 1)
        AND (CAST(:citizenship AS TEXT) IS NULL
             OR NOT EXISTS (SELECT 1 FROM people.person_citizenship c WHERE c.person_id = p.id)
             OR EXISTS (SELECT 1 FROM people.person_citizenship c WHERE c.person_id = p.id AND c.country = :citizenship))
      ORDER BY p.registered_at DESC
      LIMIT 10
      """)
  List<Person> similar(String family, String given, Integer year, String citizenship);

  @Query("SELECT EXISTS (SELECT 1 FROM people.person WHERE reference = :reference)")
  boolean referenceTaken(String reference);
}

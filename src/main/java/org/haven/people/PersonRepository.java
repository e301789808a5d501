package org.haven.people;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface PersonRepository extends ListCrudRepository<Person, UUID> {

  @Query("SELECT * FROM people.person WHERE reference = :reference")
  Optional<Person> findByReference(String reference);

  @Query("SELECT EXISTS (SELECT 1 FROM people.person WHERE reference = :reference)")
  boolean referenceTaken(String reference);
}

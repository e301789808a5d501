package org.haven.access;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccountRepository extends ListCrudRepository<UserAccount, UUID> {

  @Query("SELECT * FROM access.user_account WHERE lower(email) = lower(:email)")
  Optional<UserAccount> findByEmail(String email);

  @Query("SELECT * FROM access.user_account ORDER BY lower(display_name)")
  List<UserAccount> findAllByName();

  @Query(
      "SELECT * FROM access.user_account WHERE organisation_id = :organisation ORDER BY lower(display_name)")
  List<UserAccount> findByOrganisation(UUID organisation);

  @Query("SELECT EXISTS (SELECT 1 FROM access.user_account WHERE lower(email) = lower(:email))")
  boolean emailTaken(String email);
}

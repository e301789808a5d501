package org.haven.identification;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface IdentificationRepository extends ListCrudRepository<Identification, UUID> {

  Optional<Identification> findByReferralId(UUID referralId);
}

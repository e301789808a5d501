package org.haven.intake;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface ReferralRepository extends ListCrudRepository<Referral, UUID> {}

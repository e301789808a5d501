package org.haven.repatriation;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface RepatriationRepository extends ListCrudRepository<Repatriation, UUID> {}

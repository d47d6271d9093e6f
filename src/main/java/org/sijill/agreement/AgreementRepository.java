package org.sijill.agreement;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementRepository extends JpaRepository<AgreementEntry, String> {
}

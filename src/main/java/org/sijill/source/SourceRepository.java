package org.sijill.source;

import org.springframework.data.jpa.repository.JpaRepository;

interface SourceRepository extends JpaRepository<SourceEntry, String> {
}

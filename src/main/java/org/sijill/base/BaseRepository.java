package org.sijill.base;

import org.springframework.data.jpa.repository.JpaRepository;

interface BaseRepository extends JpaRepository<BaseEntry, String> {
}

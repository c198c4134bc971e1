package uk.partnership.features.news;

import org.springframework.data.jpa.repository.JpaRepository;

interface NewsRepository extends JpaRepository<NewsPost, Long> {
}

package uk.partnership.features.proposals;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How many proposals wait for a coordinator's review, for the dashboard. */
@Service
public class ProposalCounts {

    private final JdbcClient jdbc;

    ProposalCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public long awaitingReview() {
        return jdbc.sql("select count(*) from proposal where status in ('SUBMITTED', 'RESUBMITTED')").query(Long.class).single();
    }
}

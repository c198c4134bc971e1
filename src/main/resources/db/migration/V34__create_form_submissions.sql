-- A form posted twice (a double click, two tabs, the back button) must create one item, not two (issue 15).
-- Each form a signed-in person opens carries a one-time token; the first request that posts it claims the
-- token here with a digest of what it sent, and later posts of the same token sending the same are sent where the
-- first one went (a post of the same form with other content, after the back button, is a new submission).
CREATE TABLE form_submission (
    token        uuid PRIMARY KEY,
    content      bytea NOT NULL,
    submitted_at timestamptz NOT NULL,
    location     text
);

CREATE INDEX form_submission_submitted_at ON form_submission (submitted_at);

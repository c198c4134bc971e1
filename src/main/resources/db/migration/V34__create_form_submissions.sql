-- A form posted twice (a double click, two tabs, the back button) must create one item, not two (issue 15).
-- Each form a signed-in person opens carries a one-time token; the first request that posts it claims the
-- token here, and later ones are sent where the first one went.
CREATE TABLE form_submission (
    token        uuid PRIMARY KEY,
    submitted_at timestamptz NOT NULL,
    location     text
);

CREATE INDEX form_submission_submitted_at ON form_submission (submitted_at);

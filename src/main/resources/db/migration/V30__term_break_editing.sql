-- Coordinators edit the term breaks at /admin/settings/term-dates (issue 10). Like every editable item, a break
-- carries a version for optimistic locking, and who saved it last and when, so that a second editor is told
-- who changed it rather than overwriting their change.
alter table term_break
    add column version    integer      not null default 0,
    add column updated_at timestamptz,
    add column updated_by varchar(200);

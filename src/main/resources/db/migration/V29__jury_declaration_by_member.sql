-- The jury's board reads a member's own declarations (which candidacies they may read, which they are recused from)
-- by user: without this index every declaration of every session is scanned for each page.
create index ix_jury_declaration_user on jury_declaration (user_id, business_key, status);

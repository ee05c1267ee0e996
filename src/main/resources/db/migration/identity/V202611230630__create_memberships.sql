-- Who manages which consortium and who works for which member, keyed by verified e-mail.
CREATE TABLE consortium_manager (
    consortium_id   uuid NOT NULL REFERENCES consortium (id),
    id              uuid NOT NULL,
    email           text NOT NULL,
    added_at        timestamptz NOT NULL,
    PRIMARY KEY (consortium_id, id),
    UNIQUE (consortium_id, email)
);
CREATE INDEX consortium_manager_email ON consortium_manager (email);

CREATE TABLE member_artisan (
    consortium_id   uuid NOT NULL,
    id              uuid NOT NULL,
    member_id       uuid NOT NULL,
    email           text NOT NULL,
    added_at        timestamptz NOT NULL,
    PRIMARY KEY (consortium_id, id),
    UNIQUE (consortium_id, member_id, email),
    FOREIGN KEY (consortium_id, member_id) REFERENCES member (consortium_id, id)
);
CREATE INDEX member_artisan_email ON member_artisan (email);

-- Rows of the current consortium, plus a person's own memberships anywhere (read only), which the
-- portal needs before it knows a consortium.
ALTER TABLE consortium_manager ENABLE ROW LEVEL SECURITY;
ALTER TABLE consortium_manager FORCE ROW LEVEL SECURITY;
CREATE POLICY manager_of_current_consortium ON consortium_manager
    USING (consortium_id = current_consortium() OR email = current_user_email())
    WITH CHECK (consortium_id = current_consortium());

ALTER TABLE member_artisan ENABLE ROW LEVEL SECURITY;
ALTER TABLE member_artisan FORCE ROW LEVEL SECURITY;
CREATE POLICY artisan_of_current_consortium ON member_artisan
    USING (consortium_id = current_consortium() OR email = current_user_email())
    WITH CHECK (consortium_id = current_consortium());

-- An artisan may read the profile of the workshops they belong to from anywhere (the portal's home).
CREATE POLICY member_of_own_artisan ON member FOR SELECT
    USING (EXISTS (SELECT 1 FROM member_artisan a
                   WHERE a.consortium_id = member.consortium_id AND a.member_id = member.id
                     AND a.email = current_user_email()));

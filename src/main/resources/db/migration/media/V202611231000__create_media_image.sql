-- Images members upload; the pictures themselves live in object storage under
-- {consortium_id}/{id}/display.jpg and {consortium_id}/{id}/thumb.jpg.
CREATE TABLE media_image (
    consortium_id   uuid NOT NULL REFERENCES consortium (id),
    id              uuid NOT NULL,
    owner_member_id uuid NOT NULL,
    width           integer NOT NULL CHECK (width > 0),
    height          integer NOT NULL CHECK (height > 0),
    display_bytes   bigint NOT NULL CHECK (display_bytes > 0),
    thumbnail_bytes bigint NOT NULL CHECK (thumbnail_bytes > 0),
    alt_text        text,
    created_at      timestamptz NOT NULL,
    PRIMARY KEY (consortium_id, id),
    FOREIGN KEY (consortium_id, owner_member_id) REFERENCES member (consortium_id, id)
);
CREATE INDEX media_image_owner ON media_image (consortium_id, owner_member_id);

ALTER TABLE media_image ENABLE ROW LEVEL SECURITY;
ALTER TABLE media_image FORCE ROW LEVEL SECURITY;
CREATE POLICY media_image_of_current_consortium ON media_image
    USING (consortium_id = current_consortium())
    WITH CHECK (consortium_id = current_consortium());

-- The brand's own pages (legal notice, returns, shipping and customs, privacy, contact), written by its
-- managers in Markdown per language and linked from every storefront page's footer.
CREATE TABLE shop_page (
    consortium_id    uuid NOT NULL REFERENCES consortium (id),
    id               uuid NOT NULL,
    slug             text NOT NULL,
    title            jsonb NOT NULL,
    body             jsonb NOT NULL,
    updated_at       timestamptz NOT NULL,
    PRIMARY KEY (consortium_id, id),
    UNIQUE (consortium_id, slug)
);
ALTER TABLE shop_page ENABLE ROW LEVEL SECURITY;
ALTER TABLE shop_page FORCE ROW LEVEL SECURITY;
CREATE POLICY shop_page_of_current_consortium ON shop_page
    USING (consortium_id = current_consortium())
    WITH CHECK (consortium_id = current_consortium());

-- Every replica's cached pages carry the footer: a page written, changed or removed changes them
CREATE TRIGGER shop_page_inserted AFTER INSERT ON shop_page REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canopy_shop_rows_written();
CREATE TRIGGER shop_page_updated AFTER UPDATE ON shop_page REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canopy_shop_rows_written();
CREATE TRIGGER shop_page_deleted AFTER DELETE ON shop_page REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canopy_shop_rows_written();

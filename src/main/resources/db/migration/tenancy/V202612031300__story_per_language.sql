-- Brand and workshop stories are written per language, like product texts: {"en": "...", "ru": "..."}.
-- A story written before is its consortium's first language's. The demo brands' stories held English
-- and Russian in one text ("English. / Русский."): they are split into their two languages.
CREATE FUNCTION canopy_story_texts(story text, first_language text, demo boolean) RETURNS jsonb
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT CASE
        WHEN story IS NULL OR btrim(story) = '' THEN NULL
        WHEN demo AND story LIKE '% / %' THEN jsonb_build_object('en', split_part(story, ' / ', 1),
                                                                 'ru', split_part(story, ' / ', 2))
        ELSE jsonb_build_object(first_language, story) END $$;

ALTER TABLE consortium ALTER COLUMN story TYPE jsonb
    USING canopy_story_texts(story, languages[1], slug IN ('zarbof', 'vardan'));

-- member rows are read under row-level security (FORCEd): each consortium in its own setting
ALTER TABLE member ADD COLUMN story_texts jsonb;
DO $$
DECLARE
    c record;
BEGIN
    FOR c IN SELECT id, slug, languages FROM consortium LOOP
        PERFORM set_config('canopy.consortium_id', c.id::text, true);
        UPDATE member SET story_texts = canopy_story_texts(story, c.languages[1], c.slug IN ('zarbof', 'vardan'))
            WHERE consortium_id = c.id AND story IS NOT NULL;
    END LOOP;
    PERFORM set_config('canopy.consortium_id', '', true);
END
$$;
ALTER TABLE member DROP COLUMN story;
ALTER TABLE member RENAME COLUMN story_texts TO story;
DROP FUNCTION canopy_story_texts(text, text, boolean);

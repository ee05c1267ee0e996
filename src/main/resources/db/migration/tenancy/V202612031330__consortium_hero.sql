-- The picture at the top of the brand's home: {"image": id, "url": …, "width": …, "height": …, "alt": …}
ALTER TABLE consortium ADD COLUMN hero jsonb;

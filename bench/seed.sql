-- Benchmark data set for Canopy's public catalog (docs/benchmarks.md).
--
--   psql -h 127.0.0.1 -U postgres -d canopy_bench -v ON_ERROR_STOP=1 -f bench/seed.sql
--
-- Run it after the app has migrated the database (Flyway creates the schema at start), as the
-- tables' owner or a superuser. Superusers bypass row-level security; each consortium's rows are
-- still written with its own consortium_id, and seed_consortium() also sets canopy.consortium_id
-- for its transaction so that the same script works for a non-superuser owner (RLS is FORCEd).
--
-- Two consortia, so tenancy is real:
--   bench        2,500 members (50 suspended), 20 categories, 50,000 published products with
--                1-3 variants each, 2,500 drafts / pending / rejected products (never public),
--                base EUR, offers USD (rate 1.0842)
--   bench-other  12 members, 400 published products, same vocabulary (must never leak into bench)
--
-- Everything is set-based (generate_series) and deterministic (setseed + md5-derived ids), so
-- two loads give the same catalog and the same product ids. Product n of consortium s has the
-- id md5('<s>/product/<n>')::uuid.

\set ON_ERROR_STOP on
SET client_min_messages = warning;

BEGIN;

-- ------------------------------------------------------------------------------------------
-- Vocabulary: crafts, materials, techniques, places, motifs, colours; English and Russian.
-- ------------------------------------------------------------------------------------------
CREATE TEMP TABLE v_category (idx int, slug text, en text, ru text) ON COMMIT DROP;
INSERT INTO v_category VALUES
 (1, 'pile-carpets', 'Pile carpets', 'Ворсовые ковры'),
 (2, 'kilims', 'Kilims and flat weaves', 'Килимы и безворсовые ковры'),
 (3, 'suzani', 'Suzani and wall hangings', 'Сюзане и панно'),
 (4, 'ikat', 'Ikat fabrics', 'Ткани икат'),
 (5, 'cushions', 'Cushions and pillows', 'Подушки и наволочки'),
 (6, 'table-linen', 'Table linen', 'Столовое бельё'),
 (7, 'bedding', 'Bedspreads and throws', 'Покрывала и пледы'),
 (8, 'scarves', 'Scarves and shawls', 'Шарфы и шали'),
 (9, 'bags', 'Bags', 'Сумки'),
 (10, 'small-leather', 'Belts and small leather goods', 'Ремни и кожгалантерея'),
 (11, 'dresses', 'Dresses', 'Платья'),
 (12, 'shirts', 'Shirts and blouses', 'Рубашки и блузы'),
 (13, 'outerwear', 'Coats and jackets', 'Пальто и жакеты'),
 (14, 'knitwear', 'Knitwear', 'Трикотаж'),
 (15, 'hats', 'Hats and caps', 'Головные уборы'),
 (16, 'felt', 'Felt goods', 'Изделия из войлока'),
 (17, 'footwear', 'Slippers and footwear', 'Тапочки и обувь'),
 (18, 'kids', 'For children', 'Для детей'),
 (19, 'bath', 'Towels and bath', 'Полотенца и баня'),
 (20, 'accessories', 'Accessories', 'Аксессуары');

-- item: noun, its category, HS code, typical weight, base price in EUR cents
CREATE TEMP TABLE v_item (idx int, en text, ru text, category int, hs text, grams int, cents int) ON COMMIT DROP;
INSERT INTO v_item VALUES
 (1, 'carpet', 'Ковёр', 1, '570110', 9000, 42000),
 (2, 'prayer rug', 'Молитвенный коврик', 1, '570110', 2500, 16000),
 (3, 'kilim', 'Килим', 2, '570210', 4000, 18000),
 (4, 'runner', 'Ковровая дорожка', 2, '570210', 2200, 12000),
 (5, 'suzani', 'Сюзане', 3, '630492', 1800, 26000),
 (6, 'wall hanging', 'Настенное панно', 3, '630492', 900, 9000),
 (7, 'ikat fabric length', 'Отрез ткани икат', 4, '500720', 600, 7000),
 (8, 'adras fabric length', 'Отрез адраса', 4, '520839', 600, 4500),
 (9, 'cushion cover', 'Наволочка', 5, '630492', 350, 3800),
 (10, 'floor cushion', 'Напольная подушка', 5, '940490', 2500, 9500),
 (11, 'tablecloth', 'Скатерть', 6, '630291', 900, 6500),
 (12, 'set of napkins', 'Набор салфеток', 6, '630291', 300, 3200),
 (13, 'bedspread', 'Покрывало', 7, '630492', 2600, 14000),
 (14, 'throw', 'Плед', 7, '630120', 1400, 9800),
 (15, 'scarf', 'Шарф', 8, '621420', 180, 4800),
 (16, 'shawl', 'Шаль', 8, '621420', 350, 8500),
 (17, 'tote bag', 'Сумка-шопер', 9, '420222', 500, 5500),
 (18, 'shoulder bag', 'Сумка через плечо', 9, '420221', 800, 12500),
 (19, 'belt', 'Ремень', 10, '420330', 250, 4200),
 (20, 'wallet', 'Кошелёк', 10, '420231', 120, 3900),
 (21, 'dress', 'Платье', 11, '620442', 450, 16500),
 (22, 'shirt', 'Рубашка', 12, '620520', 300, 8800),
 (23, 'coat', 'Пальто', 13, '620231', 1500, 29000),
 (24, 'jacket', 'Жакет', 13, '620433', 900, 19500),
 (25, 'sweater', 'Свитер', 14, '611011', 600, 11000),
 (26, 'socks', 'Носки', 14, '611595', 120, 2200),
 (27, 'skullcap', 'Тюбетейка', 15, '650500', 120, 3500),
 (28, 'felt hat', 'Войлочная шапка', 15, '650500', 200, 4500),
 (29, 'felt rug', 'Войлочный ковёр', 16, '560290', 3000, 15000),
 (30, 'felt slippers', 'Войлочные тапочки', 17, '640420', 400, 3900),
 (31, 'leather slippers', 'Кожаные тапочки', 17, '640399', 450, 5200),
 (32, 'baby blanket', 'Детское одеяло', 18, '630140', 700, 6000),
 (33, 'felt toy', 'Войлочная игрушка', 18, '950300', 100, 1800),
 (34, 'towel', 'Полотенце', 19, '630260', 500, 2900),
 (35, 'hammam towel', 'Полотенце для хаммама', 19, '630260', 450, 3400),
 (36, 'apron', 'Фартук', 20, '621149', 300, 2800),
 (37, 'pencil case', 'Пенал', 20, '420292', 100, 1900),
 (38, 'tea cosy', 'Грелка для чайника', 20, '630499', 200, 2400);

-- materials, weighted by repetition (wool is the commonest, as in a real carpet cluster)
CREATE TEMP TABLE v_material_base (en text, ru_gen text, weight int) ON COMMIT DROP;
INSERT INTO v_material_base VALUES
 ('wool', 'шерсти', 9), ('silk', 'шёлка', 4), ('cotton', 'хлопка', 5), ('linen', 'льна', 2),
 ('leather', 'кожи', 3), ('felt', 'войлока', 2), ('cashmere', 'кашемира', 1), ('camel wool', 'верблюжьей шерсти', 1),
 ('mohair', 'мохера', 1), ('goat down', 'козьего пуха', 1), ('velvet', 'бархата', 1), ('hemp', 'конопли', 1);
CREATE TEMP TABLE v_material ON COMMIT DROP AS
  SELECT row_number() OVER (ORDER BY en, n)::int AS idx, en, ru_gen
  FROM v_material_base, generate_series(1, weight) n;

CREATE TEMP TABLE v_technique (idx int, en text, ru text) ON COMMIT DROP;
INSERT INTO v_technique VALUES
 (1, 'hand knotting', 'ручное узелковое ткачество'), (2, 'flat weaving', 'безворсовое ткачество'),
 (3, 'hand embroidery', 'ручная вышивка'), (4, 'tambour embroidery', 'тамбурная вышивка'),
 (5, 'ikat dyeing', 'окрашивание икат'), (6, 'wet felting', 'мокрое валяние'),
 (7, 'hand knitting', 'ручное вязание'), (8, 'natural dyeing', 'натуральное крашение'),
 (9, 'hand stitching', 'ручной шов'), (10, 'block printing', 'ручная набойка'),
 (11, 'needle lace', 'игольное кружево'), (12, 'tailoring', 'индивидуальный пошив');

CREATE TEMP TABLE v_place (idx int, en text, ru text, country text, region text) ON COMMIT DROP;
INSERT INTO v_place VALUES
 (1, 'Khujand', 'Худжанд', 'TJ', 'Sughd'), (2, 'Istaravshan', 'Истаравшан', 'TJ', 'Sughd'),
 (3, 'Panjakent', 'Пенджикент', 'TJ', 'Sughd'), (4, 'Khorog', 'Хорог', 'TJ', 'GBAO'),
 (5, 'Ishkashim', 'Ишкашим', 'TJ', 'GBAO'), (6, 'Dushanbe', 'Душанбе', 'TJ', 'Dushanbe'),
 (7, 'Kulob', 'Куляб', 'TJ', 'Khatlon'), (8, 'Hisor', 'Гиссар', 'TJ', 'RRS'),
 (9, 'Gyumri', 'Гюмри', 'AM', 'Shirak'), (10, 'Vanadzor', 'Ванадзор', 'AM', 'Lori'),
 (11, 'Yerevan', 'Ереван', 'AM', 'Yerevan'), (12, 'Dilijan', 'Дилижан', 'AM', 'Tavush'),
 (13, 'Goris', 'Горис', 'AM', 'Syunik'), (14, 'Sevan', 'Севан', 'AM', 'Gegharkunik'),
 (15, 'Bukhara', 'Бухара', 'UZ', 'Bukhara'), (16, 'Samarkand', 'Самарканд', 'UZ', 'Samarkand'),
 (17, 'Margilan', 'Маргилан', 'UZ', 'Fergana'), (18, 'Rishtan', 'Риштан', 'UZ', 'Fergana'),
 (19, 'Khiva', 'Хива', 'UZ', 'Khorezm'), (20, 'Karakol', 'Каракол', 'KG', 'Issyk-Kul'),
 (21, 'Naryn', 'Нарын', 'KG', 'Naryn'), (22, 'Osh', 'Ош', 'KG', 'Osh'),
 (23, 'Kochkor', 'Кочкор', 'KG', 'Naryn'), (24, 'Talas', 'Талас', 'KG', 'Talas');

CREATE TEMP TABLE v_motif (idx int, en text, ru text) ON COMMIT DROP;
INSERT INTO v_motif VALUES
 (1, 'pomegranate', 'гранат'), (2, 'almond', 'миндаль'), (3, 'tulip', 'тюльпан'), (4, 'sun disc', 'солнечный диск'),
 (5, 'ram''s horn', 'рога барана'), (6, 'tree of life', 'древо жизни'), (7, 'star', 'звезда'),
 (8, 'moon', 'луна'), (9, 'vine', 'виноградная лоза'), (10, 'peacock', 'павлин'), (11, 'cypress', 'кипарис'),
 (12, 'rose', 'роза'), (13, 'eye', 'глаз'), (14, 'wave', 'волна'), (15, 'comb', 'гребень'), (16, 'lattice', 'решётка');

CREATE TEMP TABLE v_colour (idx int, en text, ru text) ON COMMIT DROP;
INSERT INTO v_colour VALUES
 (1, 'madder red', 'красный марены'), (2, 'indigo', 'индиго'), (3, 'saffron', 'шафрановый'),
 (4, 'walnut brown', 'ореховый'), (5, 'ivory', 'цвет слоновой кости'), (6, 'pomegranate red', 'гранатовый'),
 (7, 'sage green', 'шалфейный'), (8, 'charcoal', 'угольный'), (9, 'turquoise', 'бирюзовый'),
 (10, 'ochre', 'охристый'), (11, 'plum', 'сливовый'), (12, 'sand', 'песочный');

CREATE TEMP TABLE v_care (idx int, en text, ru text) ON COMMIT DROP;
INSERT INTO v_care VALUES
 (1, 'Dry clean or air in the shade.', 'Сухая чистка или проветривание в тени.'),
 (2, 'Hand wash cold with mild soap.', 'Ручная стирка в холодной воде мягким мылом.'),
 (3, 'Shake out and vacuum without a beater bar.', 'Вытряхивать и пылесосить без щётки-выбивалки.'),
 (4, 'Wipe with a damp cloth and feed the leather twice a year.', 'Протирать влажной тканью, дважды в год питать кожу.'),
 (5, 'Small irregularities are the mark of the hand, not flaws.', 'Небольшие неровности — след ручной работы, а не брак.'),
 (6, 'Colours may soften over the years, as natural dyes do.', 'Со временем цвета смягчаются, как у всех натуральных красителей.');

CREATE TEMP TABLE v_surname (idx int, name text) ON COMMIT DROP;
INSERT INTO v_surname
SELECT row_number() OVER ()::int, n FROM unnest(ARRAY[
 'Rahimova', 'Karimov', 'Nazarova', 'Saidov', 'Qodirova', 'Yusufov', 'Sharipova', 'Davlatov', 'Mirzoeva',
 'Haydarov', 'Petrosyan', 'Hakobyan', 'Sargsyan', 'Grigoryan', 'Avetisyan', 'Harutyunyan', 'Mkrtchyan',
 'Vardanyan', 'Abdullaeva', 'Tursunov', 'Ergasheva', 'Usmonov', 'Aliyeva', 'Jurayev', 'Toktogulova',
 'Asanov', 'Mamatova', 'Bekov', 'Osmonova', 'Sydykov']) n;

CREATE TEMP TABLE v_craft (idx int, en text, noun text, ru text, technique int) ON COMMIT DROP;
INSERT INTO v_craft VALUES
 (1, 'carpet weaving', 'Carpets', 'ковроткачество', 1), (2, 'flat weaving', 'Kilims', 'ткачество килимов', 2),
 (3, 'embroidery', 'Suzani', 'вышивка сюзане', 3), (4, 'ikat weaving', 'Atlas', 'ткачество атласа', 5),
 (5, 'felting', 'Felt', 'валяние войлока', 6), (6, 'knitwear', 'Knits', 'вязание', 7),
 (7, 'leather', 'Leatherworks', 'работа с кожей', 9), (8, 'tailoring', 'Atelier', 'пошив одежды', 12),
 (9, 'textile dyeing', 'Dye House', 'крашение тканей', 8), (10, 'lace', 'Lace', 'кружево', 11);

-- ------------------------------------------------------------------------------------------
-- One consortium with its members, categories, products, variants and USD rate.
-- ------------------------------------------------------------------------------------------
-- first letter upper case, the rest as written (initcap would give "Tree Of Life")
CREATE FUNCTION pg_temp.cap(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT upper(left(t, 1)) || substr(t, 2) $$;

CREATE FUNCTION pg_temp.seed_consortium(s text, brand text, members int, products int, drafts int,
                                        suspended int, seed float8) RETURNS void
LANGUAGE plpgsql AS $fn$
DECLARE
    cid uuid := md5(s || '/consortium')::uuid;
    n_material int := (SELECT count(*) FROM v_material);
BEGIN
    PERFORM setseed(seed);
    PERFORM set_config('canopy.consortium_id', cid::text, true);

    INSERT INTO consortium (id, slug, name, story, primary_color, base_currency, currencies, languages,
                            commission_rate, country, created_at)
    VALUES (cid, s, brand,
            jsonb_build_object('en', 'Carpets, suzani, ikat, felt and leather from ' || members
                || ' family workshops of Central Asia and the Caucasus, sold abroad under one brand.',
                'ru', 'Ковры, сюзане, икат, войлок и кожа из ' || members
                || ' семейных мастерских Средней Азии и Кавказа под одним брендом.'),
            '#2f5d50', 'EUR', ARRAY['EUR', 'USD'], ARRAY['en', 'ru'], 0.12, 'TJ', now() - interval '3 years');

    INSERT INTO exchange_rate (consortium_id, id, currency, rate, rated_on)
    VALUES (cid, md5(s || '/rate/USD')::uuid, 'USD', 1.0842, current_date);

    INSERT INTO category (consortium_id, id, slug, name)
    SELECT cid, md5(s || '/category/' || idx)::uuid, slug, jsonb_build_object('en', en, 'ru', ru)
    FROM v_category;

    -- members: a surname, a craft, a place; the last `suspended` ones are suspended (their
    -- published products must not show)
    CREATE TEMP TABLE seed_member ON COMMIT DROP AS
    SELECT i, md5(s || '/member/' || i)::uuid AS id,
           1 + (i * 7919) % 30 AS surname, 1 + (i * 31) % 10 AS craft, 1 + (i * 13) % 24 AS place,
           CASE WHEN i > members - suspended THEN 'suspended' ELSE 'active' END AS status
    FROM generate_series(1, members) i;

    INSERT INTO member (consortium_id, id, slug, name, region, craft, country, contact_email, story, status, created_at)
    SELECT cid, m.id,
           lower(sn.name || '-' || replace(c.noun, ' ', '-') || '-' || m.i),
           sn.name || ' ' || c.noun || ' of ' || pl.en,
           pl.region || ', ' || pl.en, c.en, pl.country,
           'workshop' || m.i || '@' || s || '.example',
           jsonb_build_object('en', 'A family workshop in ' || pl.en || ' practising ' || c.en || ' since '
               || (1950 + (m.i * 17) % 70) || ', with ' || (2 + m.i % 12) || ' makers.',
               'ru', 'Семейная мастерская в ' || pl.ru || ': ' || c.ru || ' с ' || (1950 + (m.i * 17) % 70)
               || ' года, ' || (2 + m.i % 12) || ' мастеров.'),
           m.status, now() - interval '3 years' + (m.i || ' hours')::interval
    FROM seed_member m JOIN v_surname sn ON sn.idx = m.surname JOIN v_craft c ON c.idx = m.craft
    JOIN v_place pl ON pl.idx = m.place;

    -- products: published ones first, then drafts/pending/rejected (live null). Members are
    -- skewed: a few big workshops list many products, most list a handful.
    CREATE TEMP TABLE seed_product ON COMMIT DROP AS
    SELECT i, md5(s || '/product/' || i)::uuid AS id,
           1 + floor(members * power(random(), 1.6))::int AS member_no,
           1 + floor(random() * 38)::int AS item,
           1 + floor(random() * n_material)::int AS material,
           1 + floor(random() * n_material)::int AS material2,
           random() < 0.35 AS two_materials,
           1 + floor(random() * 12)::int AS technique,
           random() < 0.7 AS own_technique,   -- most pieces use the workshop's own craft
           1 + floor(random() * 16)::int AS motif,
           1 + floor(random() * 12)::int AS colour,
           1 + floor(random() * 6)::int AS care,
           1 + floor(random() * 6)::int AS care2,
           random() < 0.15 AS unique_piece,
           1 + floor(random() * 3)::int AS variants,
           0.6 + random() * 1.2 AS price_factor,
           floor(random() * 5)::int AS images,
           7 + floor(random() * 54)::int AS lead_days,
           random() AS stock_draw,
           now() - (random() * interval '730 days') AS published_at,
           CASE WHEN i <= products THEN 'published'
                ELSE (ARRAY['draft', 'pending_review', 'rejected'])[1 + i % 3] END AS status
    FROM generate_series(1, products + drafts) i;

    CREATE TEMP TABLE seed_text ON COMMIT DROP AS
    SELECT p.*, m.id AS member_id, pl.en AS place_en, pl.ru AS place_ru, pl.country,
           md5(s || '/category/' || it.category)::uuid AS category_id, it.hs, it.grams, it.cents,
           jsonb_build_object(
               'en', pg_temp.cap(mo.en) || ' ' || it.en || ' in ' || ma.en || ', ' || pl.en,
               'ru', it.ru || ' из ' || ma.ru_gen || ' «' || pg_temp.cap(mo.ru) || '», ' || pl.ru) AS title,
           jsonb_build_object(
               'en', pg_temp.cap(te.en) || ' by hand in ' || pl.en || ' by ' || sn.name || ' ' || cr.noun || '. '
                     || pg_temp.cap(co.en) || ' ground with ' || mo.en || ' motifs, '
                     || ma.en || CASE WHEN p.two_materials AND ma2.en <> ma.en THEN ' and ' || ma2.en ELSE '' END
                     || ' throughout. '
                     || CASE WHEN p.unique_piece THEN 'One of a kind: when it is gone, it is gone. '
                             ELSE 'Made to order in about ' || p.lead_days || ' days. ' END
                     || ca.en || CASE WHEN ca2.idx <> ca.idx THEN ' ' || ca2.en ELSE '' END,
               'ru', pg_temp.cap(te.ru) || ', ' || pl.ru || ', мастерская ' || sn.name || '. '
                     || 'Фон ' || co.ru || ', мотив «' || mo.ru || '», из ' || ma.ru_gen
                     || CASE WHEN p.two_materials AND ma2.en <> ma.en THEN ' и ' || ma2.ru_gen ELSE '' END || '. '
                     || CASE WHEN p.unique_piece THEN 'Единственный экземпляр. '
                             ELSE 'Изготовление на заказ около ' || p.lead_days || ' дней. ' END
                     || ca.ru || CASE WHEN ca2.idx <> ca.idx THEN ' ' || ca2.ru ELSE '' END) AS description,
           CASE WHEN p.two_materials AND ma2.en <> ma.en THEN ARRAY[ma.en, ma2.en] ELSE ARRAY[ma.en] END AS materials,
           te.en AS technique_en,
           COALESCE((SELECT jsonb_agg(jsonb_build_object(
                        'id', md5(s || '/image/' || p.i || '/' || k)::uuid,
                        'alt', pg_temp.cap(mo.en) || ' ' || it.en || ', view ' || k) ORDER BY k)
                     FROM generate_series(1, p.images) k), '[]'::jsonb) AS images_json
    FROM seed_product p
    JOIN seed_member m ON m.i = p.member_no
    JOIN v_place pl ON pl.idx = m.place
    JOIN v_surname sn ON sn.idx = m.surname
    JOIN v_craft cr ON cr.idx = m.craft
    JOIN v_item it ON it.idx = p.item
    JOIN v_material ma ON ma.idx = p.material
    JOIN v_material ma2 ON ma2.idx = p.material2
    JOIN v_technique te ON te.idx = CASE WHEN p.own_technique THEN cr.technique ELSE p.technique END
    JOIN v_motif mo ON mo.idx = p.motif
    JOIN v_colour co ON co.idx = p.colour
    JOIN v_care ca ON ca.idx = p.care
    JOIN v_care ca2 ON ca2.idx = 1 + p.care2 % 6;

    -- variants: price grows with size; one-of-a-kind pieces have one variant with stock 0 or 1
    CREATE TEMP TABLE seed_variant ON COMMIT DROP AS
    SELECT t.id AS product_id, t.i, k AS position,
           md5(s || '/variant/' || t.i || '/' || k)::uuid AS id,
           upper(left(s, 2)) || '-' || lpad(t.i::text, 6, '0') || '-' || k AS sku,
           CASE t.item WHEN 1 THEN jsonb_build_object('size', (ARRAY['120x180', '160x230', '200x300'])[k])
                       WHEN 21 THEN jsonb_build_object('size', (ARRAY['S', 'M', 'L'])[k])
                       WHEN 22 THEN jsonb_build_object('size', (ARRAY['S', 'M', 'L'])[k])
                       ELSE jsonb_build_object('colour', (ARRAY['natural', 'indigo', 'madder'])[k]) END AS options,
           (round(t.cents * t.price_factor * (1 + 0.4 * (k - 1)) / 100) * 100)::bigint AS price_amount,
           CASE WHEN t.unique_piece THEN (t.stock_draw < 0.8)::int
                WHEN t.stock_draw < 0.1 THEN 0
                ELSE (floor(t.stock_draw * 37 * k))::int % 12 END AS stock
    FROM seed_text t, generate_series(1, CASE WHEN t.unique_piece THEN 1 ELSE t.variants END) k;

    INSERT INTO product (consortium_id, id, member_id, category_id, status, title, description, materials,
                         technique, hs_code, origin_country, weight_grams, lead_time_days, one_of_a_kind,
                         images, live, published_at, min_price, in_stock, created_at, updated_at)
    SELECT cid, t.id, t.member_id, t.category_id, t.status, t.title, t.description, t.materials,
           t.technique_en, t.hs, t.country, t.grams, CASE WHEN t.unique_piece THEN 0 ELSE t.lead_days END,
           t.unique_piece, t.images_json,
           CASE WHEN t.status = 'published' THEN jsonb_build_object(
               'title', t.title, 'description', t.description, 'categoryId', t.category_id,
               'materials', to_jsonb(t.materials), 'technique', t.technique_en, 'hsCode', t.hs,
               'originCountry', t.country, 'weightGrams', t.grams,
               'leadTimeDays', CASE WHEN t.unique_piece THEN 0 ELSE t.lead_days END,
               'oneOfAKind', t.unique_piece, 'images', t.images_json) END,
           CASE WHEN t.status = 'published' THEN t.published_at END,
           agg.min_price, agg.in_stock,
           t.published_at - interval '2 days', t.published_at
    FROM seed_text t
    JOIN (SELECT product_id, min(price_amount) AS min_price, bool_or(stock > 0) AS in_stock
          FROM seed_variant GROUP BY product_id) agg ON agg.product_id = t.id
    ORDER BY t.published_at;  -- rows land on disk in publishing order, as they would in life

    INSERT INTO variant (consortium_id, id, product_id, position, sku, options, price_amount, price_currency, stock)
    SELECT cid, v.id, v.product_id, v.position, v.sku, v.options, v.price_amount, 'EUR', v.stock
    FROM seed_variant v;

    DROP TABLE seed_variant;
    DROP TABLE seed_text;
    DROP TABLE seed_product;
    DROP TABLE seed_member;
END
$fn$;

CREATE INDEX ON v_material (idx);

SELECT pg_temp.seed_consortium('bench', 'Silk Road Makers', 2500, 50000, 2500, 50, 0.2026);
SELECT pg_temp.seed_consortium('bench-other', 'Other Brand', 12, 400, 20, 0, 0.7);

COMMIT;

VACUUM ANALYZE consortium;
VACUUM ANALYZE member;
VACUUM ANALYZE category;
VACUUM ANALYZE product;
VACUUM ANALYZE variant;
VACUUM ANALYZE exchange_rate;
-- The shoppers' read model, written by the triggers as products and then their variants went in:
-- after a load as many of its tuples are dead as alive, and it has no statistics until analyzed.
-- Not left to autovacuum (off on some machines, late on others): plans and counts would differ.
VACUUM ANALYZE shop_product;

SELECT c.slug,
       (SELECT count(*) FROM member m WHERE m.consortium_id = c.id) AS members,
       (SELECT count(*) FROM product p WHERE p.consortium_id = c.id AND p.live IS NOT NULL) AS published,
       (SELECT count(*) FROM product p WHERE p.consortium_id = c.id AND p.live IS NULL) AS unpublished,
       (SELECT count(*) FROM variant v WHERE v.consortium_id = c.id) AS variants,
       (SELECT count(*) FROM category k WHERE k.consortium_id = c.id) AS categories
FROM consortium c ORDER BY c.slug;

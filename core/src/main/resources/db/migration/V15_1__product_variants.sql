-- SPDX-License-Identifier: EUPL-1.2
-- Articles and their variants. A product (one GTIN) can be one variant (size, colour, pack size) of
-- an article: search shows the article once ("in 6 Größen, 3 Farben"), and the product page lets the
-- shopper pick the variant. article_key groups the variants: a feed's item_group_id scoped by its
-- merchant ("m12:ABC"), or the catalogue's own key; NULL means the product is an article of its own.
ALTER TABLE product
    ADD COLUMN article_key   VARCHAR(200) NULL COMMENT 'variants of one article share it; NULL: a single product',
    ADD COLUMN article_title VARCHAR(300) NULL COMMENT 'the title without the variant values',
    ADD COLUMN variant_color VARCHAR(60)  NULL,
    ADD COLUMN variant_size  VARCHAR(60)  NULL,
    ADD INDEX product_article (article_key);

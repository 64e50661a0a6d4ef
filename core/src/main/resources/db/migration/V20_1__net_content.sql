-- SPDX-License-Identifier: EUPL-1.2
-- What one piece of a product holds by weight, volume, length or area („500 g“, „0,75 l“), from the
-- feeds' unit fields (Google unit_pricing_measure, BMEcat NO_CU_PER_OU + CONTENT_UNIT) or the portal:
-- pages compute the Grundpreis („1 kg = 13,98 €“) from it, as PAngV § 4 requires next to the price.
ALTER TABLE product
    ADD COLUMN content_amount DECIMAL(13, 6) NULL COMMENT 'amount of content_unit in one piece',
    ADD COLUMN content_unit   VARCHAR(4)     NULL COMMENT 'NetContent.Unit name: G, KG, ML, L, M, SQM ...',
    ADD CONSTRAINT product_content CHECK ((content_amount IS NULL) = (content_unit IS NULL));

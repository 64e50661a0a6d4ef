// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SearchApiTest {

    private static Hit parse(String json) throws Exception {
        return SearchApi.hit(new ObjectMapper().readTree(json));
    }

    @Test
    void aHitIsOutOfStockWhenNoOfferHasTheGoods() throws Exception {
        Hit hit = parse("""
                {"productId":1,"gtin":"4115004413582","title":"Bitfalke Computermaus kabellos silber","brand":"Bitfalke",
                 "category":"elektronik","offers":[
                   {"offerId":1,"storeId":14,"quantity":0,"availability":"out_of_stock"},
                   {"offerId":2,"storeId":27,"quantity":0,"availability":"out_of_stock"}]}""");
        assertThat(hit.outOfStock()).isTrue();
        assertThat(hit.type()).isEqualTo("computermaus");
        assertThat(hit.articleId()).isNull();
    }

    @Test
    void oneOfferWithStockIsEnoughAndLimitedStockIsStock() throws Exception {
        assertThat(parse("""
                {"title":"Schal Wolle grau","offers":[{"quantity":0,"availability":"out_of_stock"},
                  {"quantity":2,"availability":"limited"}]}""").outOfStock()).isFalse();
    }

    @Test
    void aHitWithoutOffersCannotBeBoughtAndMissingFieldsAreEmpty() throws Exception {
        Hit hit = parse("{\"title\":\"Schal Wolle grau\",\"offers\":[],\"articleId\":\"A-9\"}");
        assertThat(hit.outOfStock()).isTrue();
        assertThat(hit.brand()).isEmpty();
        assertThat(hit.gtin()).isEmpty();
        assertThat(hit.articleId()).isEqualTo("A-9");
    }

    @Test
    void theArticleMayAlsoComeAsTheKeyOfAnArticleObject() throws Exception {
        assertThat(parse("{\"title\":\"Schal Wolle grau\",\"offers\":[],\"article\":{\"key\":\"demo:mode:x\"}}").articleId())
                .isEqualTo("demo:mode:x");
    }
}

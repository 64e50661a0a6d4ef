// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.api;

import de.innenstadt.search.SearchResult.FacetValue;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Writes the search answer with JSON-P's streaming generator, in the same shape JSON-B gave it (properties in the
 * order of {@link SearchResource.Response}'s annotations, facet values as {@code count} then {@code value}, nulls
 * left out). JSON-B found the properties by reflection for every object and, to detect cycles, hashed every hit and
 * offer record with all it contains on the way down; under load that was a noticeable part of the CPU a search costs
 * the platform (docs/benchmarks.md, "CPU per request").
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class SearchAnswerWriter implements MessageBodyWriter<SearchResource.Response> {

    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == SearchResource.Response.class;
    }

    @Override
    public void writeTo(SearchResource.Response answer, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> httpHeaders, OutputStream out) {
        try (JsonGenerator json = GENERATORS.createGenerator(new NonClosingStream(out), StandardCharsets.UTF_8)) {
            json.writeStartObject()
                    .write("total", answer.total())
                    .write("page", answer.page())
                    .write("size", answer.size())
                    .write("approximate", answer.approximate());
            json.writeStartArray("hits");
            for (SearchResource.Hit hit : answer.hits()) {
                writeHit(json, hit);
            }
            json.writeEnd();
            json.writeStartObject("facets");
            for (Map.Entry<String, List<FacetValue>> facet : answer.facets().entrySet()) {
                json.writeStartArray(facet.getKey());
                for (FacetValue value : facet.getValue()) {
                    json.writeStartObject().write("count", value.count()).write("value", value.value()).writeEnd();
                }
                json.writeEnd();
            }
            json.writeEnd();
            json.writeEnd();
        }
    }

    private static void writeHit(JsonGenerator json, SearchResource.Hit hit) {
        json.writeStartObject().write("productId", hit.productId());
        writeIfPresent(json, "gtin", hit.gtin());
        writeIfPresent(json, "title", hit.title());
        writeIfPresent(json, "brand", hit.brand());
        writeIfPresent(json, "category", hit.category());
        writeIfPresent(json, "imageUrl", hit.imageUrl());
        writeArticle(json, hit.article());
        json.writeStartArray("offers");
        for (SearchResource.Offer offer : hit.offers()) {
            json.writeStartObject()
                    .write("offerId", offer.offerId())
                    .write("storeId", offer.storeId());
            writeIfPresent(json, "storeName", offer.storeName());
            writeIfPresent(json, "price", offer.price());
            writeIfPresent(json, "currency", offer.currency());
            json.write("quantity", offer.quantity());
            writeIfPresent(json, "availability", offer.availability());
            if (offer.distanceKm() != null) {
                json.write("distanceKm", offer.distanceKm());
            }
            json.write("openNow", offer.openNow());
            if (offer.stockUpdatedAt() != null) {
                json.write("stockUpdatedAt", offer.stockUpdatedAt().toString());
            }
            json.writeEnd();
        }
        json.writeEnd();
        json.writeEnd();
    }

    private static void writeArticle(JsonGenerator json, SearchResource.Article article) {
        json.writeStartObject("article");
        writeIfPresent(json, "key", article.key());
        writeIfPresent(json, "title", article.title());
        writeIfPresent(json, "color", article.color());
        writeIfPresent(json, "size", article.size());
        json.write("variants", article.variants());
        json.writeStartArray("colors");
        article.colors().forEach(json::write);
        json.writeEnd();
        json.writeStartArray("sizes");
        article.sizes().forEach(json::write);
        json.writeEnd();
        json.write("stores", article.stores());
        json.writeEnd();
    }

    private static void writeIfPresent(JsonGenerator json, String name, String value) {
        if (value != null) {
            json.write(name, value);
        }
    }

    /** Closing the generator flushes it; the container owns the response stream and closes it itself. */
    private static final class NonClosingStream extends FilterOutputStream {

        NonClosingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

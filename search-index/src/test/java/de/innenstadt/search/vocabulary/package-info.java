// SPDX-License-Identifier: EUPL-1.2
/**
 * The generator of the search vocabulary in {@code src/main/resources/elasticsearch/vocabulary}: retail synonyms
 * from OpenThesaurus and stem overrides from a morphological lexicon; test scope, because it runs at authoring time
 * only (see {@code docs/vocabulary.md}).
 */
package de.innenstadt.search.vocabulary;

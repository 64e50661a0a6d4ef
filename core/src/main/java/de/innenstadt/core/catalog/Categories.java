// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** The shopping categories in their display order, for home-page tiles and facet labels. */
@ApplicationScoped
@Transactional
public class Categories {

    @PersistenceContext(unitName = "innenstadt")
    private EntityManager em;

    public List<Category> all() {
        return em.createQuery("select c from Category c order by c.position, c.slug", Category.class).getResultList();
    }
}

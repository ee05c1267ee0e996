package dev.canopy.catalog;

import java.time.Clock;
import java.util.HashMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import dev.canopy.platform.Ids;
import dev.canopy.platform.ListView;
import dev.canopy.platform.PageRequest;
import dev.canopy.platform.errors.NotFound;
import dev.canopy.tenancy.ConsortiumService;
import dev.canopy.tenancy.MemberService;
import dev.canopy.tenancy.MemberView;
import io.micrometer.core.annotation.Counted;

/** A member's catalog: its artisans and the consortium's managers create and edit products. */
@ApplicationScoped
public class ProductService {

    @Inject
    ProductRepository products;
    @Inject
    VariantRepository variants;
    @Inject
    CategoryRepository categories;
    @Inject
    ProductEditor editor;
    @Inject
    MemberService members;
    @Inject
    ConsortiumService consortia;
    @Inject
    Clock clock;

    @Transactional
    @Counted(value = "canopy.products.created", description = "Products created by members")
    public ProductView create(String memberSlug, @Valid @NotNull ProductDraft draft) {
        MemberView member = members.get(memberSlug);
        ProductDraft.requireForCreate(draft);
        ProductRules.check(draft, consortia.here());
        Product product = new Product();
        product.id = Ids.next();
        product.memberId = member.id();
        product.status = Product.Status.draft;
        product.title = new HashMap<>();
        product.description = new HashMap<>();
        product.createdAt = clock.instant();
        product.updatedAt = product.createdAt;
        products.persist(product);
        editor.apply(draft, product, clock.instant());
        return view(product, member);
    }

    @Transactional
    public ListView<ProductView> list(String memberSlug, PageRequest page) {
        MemberView member = members.get(memberSlug);
        return new ListView<>(products.listOfMember(member.id(), page.page, page.size),
                products.countOfMember(member.id())).map(p -> view(p, member));
    }

    @Transactional
    public ProductView get(String memberSlug, UUID id) {
        MemberView member = members.get(memberSlug);
        return view(load(member, id), member);
    }

    @Transactional
    public ProductView change(String memberSlug, UUID id, @Valid @NotNull ProductDraft draft) {
        MemberView member = members.get(memberSlug);
        Product product = load(member, id);
        ProductRules.check(draft, consortia.here());
        editor.apply(draft, product, clock.instant());
        return view(product, member);
    }

    @Transactional
    public ProductView submit(String memberSlug, UUID id) {
        MemberView member = members.get(memberSlug);
        Product product = load(member, id);
        product.submit(clock.instant());
        return view(product, member);
    }

    /** Archiving takes the product off the storefront for good; its rows stay for past orders. */
    @Transactional
    public void archive(String memberSlug, UUID id) {
        MemberView member = members.get(memberSlug);
        load(member, id).archive(clock.instant());
    }

    private Product load(MemberView member, UUID id) {
        return products.ofMember(member.id(), id).orElseThrow(() -> new NotFound("No such product"));
    }

    ProductView view(Product p, MemberView member) {
        String category = p.categoryId == null ? null
                : categories.findByIdOptional(p.categoryId).map(c -> c.slug).orElse(null);
        return ProductView.of(p, member.slug(), category, variants.ofProduct(p.id));
    }
}

package dev.canopy.media;

import java.io.InputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.canopy.identity.Access;
import dev.canopy.media.MediaLibrary.StoredImage;
import dev.canopy.media.MediaLibrary.Upload;
import dev.canopy.tenancy.ConsortiumService;
import dev.canopy.tenancy.Hero;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The picture at the top of a brand's home, uploaded by its managers through the same intake as
 * product photos (checked, re-encoded, stripped of metadata). Storage is called between two short
 * transactions, never inside one; the picture it replaces is deleted and its objects swept later.
 */
@ApplicationScoped
public class HeroPictures {

    @Inject
    MediaLibrary media;
    @Inject
    ConsortiumService consortia;
    @Inject
    Access access;

    @Transactional(Transactional.TxType.NEVER)
    public Hero upload(InputStream picture, String altText) {
        QuarkusTransaction.requiringNew().run(() -> access.requireManager("consortium"));
        String alt = altText == null || altText.isBlank() ? null : altText.strip();
        Upload stored = media.store(null, picture, alt);
        return QuarkusTransaction.requiringNew().call(() -> {
            StoredImage image = media.record(stored);
            Hero hero = new Hero(image.id(), image.url(), stored.width(), stored.height(), alt);
            consortia.showHero(hero).ifPresent(media::delete);
            return hero;
        });
    }

    @Transactional
    public void remove() {
        consortia.dropHero().ifPresent(media::delete);
    }
}

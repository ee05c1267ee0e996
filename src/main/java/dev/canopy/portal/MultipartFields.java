package dev.canopy.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.resteasy.reactive.server.multipart.FileItem;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import dev.canopy.catalog.ProductImageService.PhotoFile;

/**
 * A multipart form whose text fields have names made per row and language ({@code variant.1.sku}),
 * so they cannot be bound one by one: its text fields as a map, and the photos chosen in one file input.
 */
record MultipartFields(MultivaluedMap<String, String> fields, List<PhotoFile> photos) {

    static MultipartFields of(MultipartFormDataInput input, String photoField) {
        MultivaluedMap<String, String> fields = new MultivaluedHashMap<>();
        List<PhotoFile> photos = new ArrayList<>();
        input.getValues().forEach((name, values) -> values.forEach(value -> {
            if (!value.isFileItem()) {
                fields.add(name, value.getValue());
            } else if (name.equals(photoField) && chosen(value.getFileItem())) {
                photos.add(value.getFileItem()::getInputStream);
            }
        }));
        return new MultipartFields(fields, photos);
    }

    /** A browser sends one empty file part when the artisan chose no photo. */
    private static boolean chosen(FileItem file) {
        try {
            return file.getFileSize() > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package com.creditline.common.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import org.springframework.core.io.Resource;
import org.springframework.security.converter.RsaKeyConverters;

/** Reads RSA keys from PEM files (public keys as X.509, private keys as PKCS#8). */
public final class PemKeys {

    private PemKeys() {}

    public static RSAPublicKey publicKey(Resource pem) {
        try (InputStream in = pem.getInputStream()) {
            return RsaKeyConverters.x509().convert(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the public key " + pem.getDescription(), e);
        }
    }

    public static RSAPrivateKey privateKey(Resource pem) {
        try (InputStream in = pem.getInputStream()) {
            return RsaKeyConverters.pkcs8().convert(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the private key " + pem.getDescription(), e);
        }
    }
}

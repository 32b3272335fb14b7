package dev.mcpkit.bundle;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A private key and the certificate chain that names it, the signing certificate first. */
record SigningIdentity(PrivateKey key, List<X509Certificate> chain) {

    SigningIdentity {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("no certificate: the signing certificate comes first, then any intermediates");
        }
        chain = List.copyOf(chain);
    }

    /**
     * From PEM text: a PKCS#8 or PKCS#1 private key, and one or more certificates. Messages never quote the key.
     */
    static SigningIdentity fromPem(String keyPem, String certificatesPem) throws IOException, GeneralSecurityException {
        try {
            return parse(keyPem, certificatesPem);
        } catch (RuntimeException e) {
            // BouncyCastle's decoders fail with runtime exceptions; their messages hold no key material, but say nothing useful
            throw new IllegalArgumentException("the signing key or certificate is not readable PEM (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static SigningIdentity parse(String keyPem, String certificatesPem) throws IOException, GeneralSecurityException {
        JcaPEMKeyConverter keys = new JcaPEMKeyConverter();
        PrivateKey key;
        try (PEMParser parser = new PEMParser(new StringReader(keyPem))) {
            Object o = parser.readObject();
            if (o instanceof PEMKeyPair pair) {
                key = keys.getKeyPair(pair).getPrivate();
            } else if (o instanceof PrivateKeyInfo info) {
                key = keys.getPrivateKey(info);
            } else {
                throw new IllegalArgumentException("the signing key is not an unencrypted PEM private key (PRIVATE KEY or RSA/EC PRIVATE KEY)");
            }
        }
        List<X509Certificate> chain = new ArrayList<>();
        JcaX509CertificateConverter certificates = new JcaX509CertificateConverter();
        try (PEMParser parser = new PEMParser(new StringReader(certificatesPem))) {
            for (Object o = parser.readObject(); o != null; o = parser.readObject()) {
                if (o instanceof X509CertificateHolder holder) {
                    chain.add(certificates.getCertificate(holder));
                }
            }
        }
        return new SigningIdentity(key, chain);
    }

    /** A fresh RSA key and a self-signed code-signing certificate for {@code commonName}, valid for a day: for dry runs. */
    static SigningIdentity selfSigned(String commonName) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(3072, new SecureRandom());
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=" + commonName.replaceAll("[,=+<>#;\"\\\\]", " "));
        Instant now = Instant.now();
        try {
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, new BigInteger(64, new SecureRandom()),
                    Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(Duration.ofDays(1))), name, pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_codeSigning));
            X509CertificateHolder holder = builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate()));
            return new SigningIdentity(pair.getPrivate(), List.of(new JcaX509CertificateConverter().getCertificate(holder)));
        } catch (OperatorCreationException | IOException e) {
            throw new GeneralSecurityException("cannot create a self-signed certificate: " + e.getMessage(), e);
        }
    }

    X509Certificate certificate() {
        return chain.get(0);
    }
}

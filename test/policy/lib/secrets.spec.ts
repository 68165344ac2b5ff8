import * as assert from "assert";
import { credentialKinds, decodeBase64, isLiteralSecret, isSecretName, nameWords, plainSecretKinds, secretAssignments } from "../../../policy/lib";
import { FAKE } from "../samples";

describe("policy/lib secrets", () => {
    describe("decodeBase64", () => {
        it("decodes base64 text, ignoring line breaks and blanks in it", () => {
            assert.strictEqual(decodeBase64("IyEvYmluL2Jhc2gKZXhwb3J0IERCX1BBU1NXT1JEPWh1bnRlcjI="), "#!/bin/bash\nexport DB_PASSWORD=hunter2");
            assert.strictEqual(decodeBase64("IyEvYmluL2Jhc2gK\nZXhwb3J0IERCX1BB\r\n  U1NXT1JEPWh1bnRlcjI=\n"), "#!/bin/bash\nexport DB_PASSWORD=hunter2");
            assert.strictEqual(decodeBase64("aGk="), "hi");
        });

        it("is undefined for text that is not base64 as a whole", () => {
            for (const text of ["", "   ", "abc", "#!/bin/bash", "@@@@aGVsbG8=", "aGVsbG8=@@@@", "aGVs bG8"]) {
                assert.strictEqual(decodeBase64(text), undefined, JSON.stringify(text));
            }
        });
    });

    describe("nameWords and isSecretName", () => {
        it("splits a name into upper-case words at case changes and separators, with no empty words", () => {
            assert.deepStrictEqual(nameWords("dbPassword"), ["DB", "PASSWORD"]);
            assert.deepStrictEqual(nameWords("db-password"), ["DB", "PASSWORD"]);
            assert.deepStrictEqual(nameWords("--db__password--"), ["DB", "PASSWORD"]);
            assert.deepStrictEqual(nameWords("db.password2Value"), ["DB", "PASSWORD2", "VALUE"]);
            assert.deepStrictEqual(nameWords("__"), []);
        });

        it("a name is a secret's when its last word or words say so, or it is one of ECS.8's exact names", () => {
            for (const name of ["DB_PASSWORD", "PASSWORD", "jwtSecret", "GITHUB_TOKEN", "stripe-api-key", "AWS_SECRET_ACCESS_KEY", "AWS_ACCESS_KEY_ID", " AWS_ACCESS_KEY_ID ",
                "ecs_engine_auth_data", "db.pwd"]) {
                assert.strictEqual(isSecretName(name), true, name);
            }
            for (const name of ["DB_PASSWORD_ARN", "SECRET_NAME", "TOKEN_URL", "", "__", "NEXT_PUBLIC_API_KEY", "STRIPE_PUBLISHABLE_KEY", "KEY", "PWD"]) {
                assert.strictEqual(isSecretName(name), false, name);
            }
        });
    });

    describe("isLiteralSecret", () => {
        it("is true for a value written out", () => {
            for (const value of ["hunter22", "pa$$word1", "  s3cr3t-value  ", "myarn:secret", "myalias/x1", "abc<tag>", "<tag>abc", "abc%VAR%", "%VAR%suffix"]) {
                assert.strictEqual(isLiteralSecret(value), true, value);
            }
        });

        it("is false for short or empty values, flags, references, paths, ARNs, aliases and placeholders", () => {
            for (const value of ["", "  todo  ", "true", "Disabled", "$DB_PASSWORD", "${DB_PASSWORD}", "`cat /run/secrets/db`", "{{resolve:secretsmanager:db}}",
                "%DB_PASSWORD%", "arn:aws:secretsmanager:us-east-1:111111111111:secret:db", "ARN:aws:ssm:x", "alias/app-key", "/prod/db/password", "<password>"]) {
                assert.strictEqual(isLiteralSecret(value), false, value);
            }
        });

        it("looks inside matching quotes, blanks inside them too", () => {
            for (const value of ['"${DB_PASSWORD}"', "'${DB_PASSWORD}'", '" ${DB_PASSWORD} "', "'abc'", '"  todo  "']) {
                assert.strictEqual(isLiteralSecret(value), false, value);
            }
            assert.strictEqual(isLiteralSecret('"hunter22"'), true);
            assert.strictEqual(isLiteralSecret("'hunter22'"), true);
            assert.strictEqual(isLiteralSecret("\"s3cr3t'"), true, "quotes that do not match are part of the value");
            assert.strictEqual(isLiteralSecret("'$HOME/x\""), true, "quotes that do not match are part of the value");
        });
    });

    describe("secretAssignments", () => {
        it("finds shell, PowerShell, YAML and JSON assignments and flags that write a secret out, each name once", () => {
            const script = [
                "#!/bin/bash",
                "export DB_PASSWORD=hunter22",
                "echo \"API_TOKEN=abcdef123456\" >> /etc/environment",
                "$env:ADMIN_SECRET = 'S3cr3tValue!'",
                "  password: cloudinit-pass",
                "{\"db_password\": \"s3cr3t-value\"}",
                "mysql --password=hunter22 -u root",
                "export DB_PASSWORD=other-value",
            ].join("\n");
            assert.deepStrictEqual(secretAssignments(script), ["DB_PASSWORD", "API_TOKEN", "ADMIN_SECRET", "password", "db_password", "--password"]);
        });

        it("reads a JSON document written on one line", () => {
            assert.deepStrictEqual(secretAssignments("echo '{\"username\": \"administrator\", \"api_key\": \"k3y-value-123\"}' > /etc/app.json"), ["api_key"]);
        });

        it("skips comment lines, indented or not: #, //, REM", () => {
            for (const line of ["# DB_PASSWORD=hunter22", "   # DB_PASSWORD=hunter22", "// DB_PASSWORD=hunter22", "REM DB_PASSWORD=hunter22", "rem set DB_PASSWORD=hunter22"]) {
                assert.deepStrictEqual(secretAssignments(line), [], line);
            }
            assert.deepStrictEqual(secretAssignments("export DB_PASSWORD=hunter22 # the real one"), ["DB_PASSWORD"], "a comment after the assignment");
        });

        it("a spaced = is an assignment only after PowerShell's $env:", () => {
            assert.deepStrictEqual(secretAssignments("DB_PASSWORD = hunter22"), []);
            assert.deepStrictEqual(secretAssignments("$env:DB_PASSWORD = hunter22"), ["DB_PASSWORD"]);
        });

        it("ignores names that are not secret names, references, and values already reported as a credential format", () => {
            assert.deepStrictEqual(secretAssignments("export DB_PASSWORD_ARN=arn-of-the-secret\nexport DB_PASSWORD=$FROM_VAULT\n" +
                "export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"), []);
        });
    });
});

describe("secrets by name", () => {
    it("a name is a secret's when its last word says so; names that point at or describe a secret are not", () => {
        const secret = ["DB_PASSWORD", "dbPassword", "db-passwd", "DB_PASS", "JWT_SECRET", "GITHUB_TOKEN", "AWS_SESSION_TOKEN", "STRIPE_API_KEY", "APIKEY", "SECRET_KEY",
            "SECRET_KEY_BASE", "AWS_SECRET_ACCESS_KEY", "AWS_ACCESS_KEY_ID", "ECS_ENGINE_AUTH_DATA", "PRIVATE_KEY", "password", "client.secret", "DB_PWD", "SSH_PASSPHRASE"];
        const notSecret = ["DB_PASSWORD_ARN", "SECRET_NAME", "SECRET_ARN", "TOKEN_URL", "PASSWORD_POLICY", "PASSWORD_MIN_LENGTH", "API_KEY_SECRET_ARN", "PASSWORD_FILE",
            "NEXT_PUBLIC_API_KEY", "STRIPE_PUBLISHABLE_KEY", "PWD", "KEY", "BYPASS", "GOOGLE_APPLICATION_CREDENTIALS", "TABLE_NAME", "", "_"];
        assert.deepStrictEqual(secret.filter((n) => !isSecretName(n)), []);
        assert.deepStrictEqual(notSecret.filter((n) => isSecretName(n)), []);
    });

    it("a value is the secret itself unless it is a reference, a placeholder or a switch", () => {
        const literal = ["hunter22", "changeme", "'s3cr3t-value'", "\"correct horse\"", "123456"];
        const reference = ["", "     ", "$DB_PASSWORD", "${DB_PASSWORD}", "$(aws ssm get-parameter --name /db)", "`cat /run/secrets/db`", "{{resolve:secretsmanager:db}}",
            "%DB_PASSWORD%", "arn:aws:secretsmanager:us-east-1:111111111111:secret:db-AbCdEf", "alias/orders-data", "/prod/db/password", "<password>", "true", "Disabled", "foo", "'bar'", "|", ">-"];
        assert.deepStrictEqual(literal.filter((v) => !isLiteralSecret(v)), []);
        assert.deepStrictEqual(reference.filter((v) => isLiteralSecret(v)), []);
    });

    it("finds assignments in shell, PowerShell, cloud-init YAML and JSON, and --password flags; skips comments, references and recognized formats", () => {
        const script = [
            "#!/bin/bash",
            "# DB_PASSWORD=not-this-one-a-comment",
            "export DB_PASSWORD=hunter22",
            'echo "API_KEY=abcdef123456" >> /etc/environment',
            "docker run -e REGION=us-east-1 -e JWT_SECRET='s3cr3t-value' app",
            "export DB_PASSWORD=second-time-same-name",
            "export GITHUB_TOKEN=$(aws ssm get-parameter --name /ci/token --with-decryption --query Parameter.Value --output text)",
            "export AWS_ACCESS_KEY_ID=" + "AKIA" + "IOSFODNN7EXAMPLE",
            'if [ "$DB_PASSWORD" = "" ]; then exit 1; fi',
            "docker login -u ci --password registry-pass1 registry.example.com",
            "docker login -u ci --password-stdin registry.example.com",
            '$env:ADMIN_PASSWORD = "Winter2026!"',
            '{"db": {"password": "json-secret-1", "user": "app"}}',
            "users:",
            "  - name: app",
            "    passwd: $6$rounds=4096$saltsalt$hash",
            "    password: yaml-secret-1",
            "ssh_pwauth: false",
        ].join("\n");
        assert.deepStrictEqual(secretAssignments(script), ["DB_PASSWORD", "API_KEY", "JWT_SECRET", "--password", "ADMIN_PASSWORD", "password"]);
        assert.deepStrictEqual(secretAssignments(""), []);
    });

    it("recognizes a password written into a URL, not a variable or a user without password", () => {
        assert.deepStrictEqual(plainSecretKinds("DATABASE_URL=postgres://app:hunter22@db.internal:5432/orders"), ["a password in a URL"]);
        for (const harmless of ["postgres://app:${DB_PASSWORD}@db:5432/x", "postgres://app:$PASS@db/x", "https://user@example.com/", "https://example.com:8443/path",
            "mysql://app:<password>@db/x", "redis://:****@cache:6379"]) {
            assert.deepStrictEqual(plainSecretKinds(harmless), [], harmless);
        }
    });
});

const base64 = (text: string) => Buffer.from(text).toString("base64");

describe("credential patterns", () => {
    it("recognizes each kind, and only real formats", () => {
        assert.deepStrictEqual(credentialKinds(FAKE.accessKeyId), ["an AWS access key id"]);
        assert.deepStrictEqual(credentialKinds(FAKE.secretLine), ["an AWS secret access key"]);
        assert.deepStrictEqual(credentialKinds(FAKE.privateKey), ["a private key"]);
        assert.deepStrictEqual(credentialKinds(FAKE.github), ["a GitHub token"]);
        assert.deepStrictEqual(credentialKinds(FAKE.slack), ["a Slack token"]);
        assert.deepStrictEqual(credentialKinds(FAKE.stripe), ["a Stripe live secret key"]);
        assert.deepStrictEqual(credentialKinds(FAKE.pulumi), ["a Pulumi access token"]);
        assert.deepStrictEqual(credentialKinds(`export ${FAKE.secretLine}\nexport KEY=${FAKE.accessKeyId}`), ["an AWS access key id", "an AWS secret access key"]);
        for (const harmless of ["AKIA-not-a-key", "password=$(aws secretsmanager get-secret-value --secret-id db)", "sk_test_" + "0".repeat(24), "arn:aws:iam::111111111111:role/x", ""]) {
            assert.deepStrictEqual(credentialKinds(harmless), [], harmless);
        }
    });

    it("decodes base64 only when the text is base64", () => {
        assert.strictEqual(decodeBase64(base64("#!/bin/bash\necho hi\n")), "#!/bin/bash\necho hi\n");
        assert.strictEqual(decodeBase64("#!/bin/bash\necho hi"), undefined);
        assert.strictEqual(decodeBase64("abc"), undefined);
        assert.strictEqual(decodeBase64(""), undefined);
    });
});

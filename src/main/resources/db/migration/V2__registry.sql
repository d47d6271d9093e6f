-- Reference data read models, kept by the subscribing "registry" processing group.
CREATE TABLE source (
    source_id   VARCHAR(100) PRIMARY KEY,
    title       VARCHAR(500) NOT NULL,
    publisher   VARCHAR(300) NOT NULL,
    published   VARCHAR(10),
    language    VARCHAR(3)   NOT NULL,
    seed_file   VARCHAR(200),
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE base (
    base_id  VARCHAR(100) PRIMARY KEY,
    name_en  VARCHAR(200) NOT NULL,
    name_ar  VARCHAR(200) NOT NULL,
    province VARCHAR(100)
);

CREATE TABLE base_alias (
    base_id  VARCHAR(100) NOT NULL REFERENCES base (base_id) ON DELETE CASCADE,
    position INTEGER      NOT NULL,
    alias    VARCHAR(200) NOT NULL,
    PRIMARY KEY (base_id, position)
);

CREATE TABLE agreement (
    agreement_id VARCHAR(100) PRIMARY KEY,
    name_en      VARCHAR(300) NOT NULL,
    name_ar      VARCHAR(300) NOT NULL
);

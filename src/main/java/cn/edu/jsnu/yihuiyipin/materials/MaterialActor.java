package cn.edu.jsnu.yihuiyipin.materials;

import java.util.Objects;

/** Who acts on a project's materials, and in which role: recorded as uploader, deleter or restorer. */
public record MaterialActor(String userId, MaterialRole role) {

    public MaterialActor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
    }
}

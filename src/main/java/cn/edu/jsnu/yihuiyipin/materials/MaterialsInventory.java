package cn.edu.jsnu.yihuiyipin.materials;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's uploaded materials as a printed form lists them (附件2 项目验收总结表): the ones kept,
 * oldest first, without who uploaded them, since the form is signed by the unit as a whole. Whoever
 * calls this has already decided that the reader may see the project.
 */
@Service
public class MaterialsInventory {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final ProjectMaterialRepository materials;

    MaterialsInventory(ProjectMaterialRepository materials) {
        this.materials = materials;
    }

    /** One line per material: 图片：合影.jpg（1.2 MB），三月读书沙龙合影；活动：读书沙龙；2027-03-05 上传. */
    @Transactional(readOnly = true)
    public List<String> lines(Long projectId) {
        return materials.findByProjectIdOrderByUploadedAtAscIdAsc(projectId).stream()
                .filter(material -> !material.isDeleted())
                .map(MaterialsInventory::line)
                .toList();
    }

    private static String line(ProjectMaterial material) {
        StringBuilder line = new StringBuilder()
                .append(material.getKind().label())
                .append('：')
                .append(material.getOriginalName())
                .append('（')
                .append(material.getSizeText())
                .append('）');
        if (material.getCaption() != null && !material.getCaption().isBlank()) {
            line.append('，').append(material.getCaption());
        }
        if (material.getActivity() != null && !material.getActivity().isBlank()) {
            line.append("；活动：").append(material.getActivity());
        }
        return line.append('；')
                .append(DAY.format(material.getUploadedAt()))
                .append(" 上传")
                .toString();
    }
}

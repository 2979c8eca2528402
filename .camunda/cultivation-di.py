"""Writes the diagram of bpmn/brand-cultivation.bpmn with its subprocesses expanded.

bpmn-auto-layout 1.3 lays sub-processes out collapsed and leaves their children in the main plane on
top of each other, so this model's diagram is drawn from the table below. Run it on the semantic
file (no BPMNDiagram yet):  python3 .camunda/cultivation-di.py bpmn/brand-cultivation.bpmn
"""
import re
import sys

TASK = (100, 80)
EVENT = (36, 36)
GATEWAY = (50, 50)

# id: (x, y, w, h[, expanded])
SHAPES = {
    "StartEvent_ProjectPublished": (162, 322) + EVENT,
    "Task_PrepareCultivation": (240, 300) + TASK,
    "SubProcess_Building": (400, 80, 780, 580, True),
    "StartEvent_BuildingStarted": (452, 112) + EVENT,
    "Gateway_BuildingFork": (520, 105) + GATEWAY,
    "Timer_AcceptanceDate": (612, 112) + EVENT,
    "EndEvent_BuildingPeriodOver": (732, 112) + EVENT,
    "Task_WithdrawProject": (820, 220) + TASK,
    "EndEvent_WithdrawalDecided": (972, 242) + EVENT,
    "SubProcess_ProgressReport": (430, 360, 720, 280, True),
    "StartEvent_ProgressReportDue": (462, 437) + EVENT,
    "Task_OpenProgressPeriod": (540, 415) + TASK,
    "Task_SubmitProgressReport": (690, 415) + TASK,
    "Timer_ProgressReportOverdue": (722, 477) + EVENT,
    "Task_RecordProgressMissed": (820, 530) + TASK,
    "Gateway_GuideProjectMerge": (845, 430) + GATEWAY,
    "Task_GuideProject": (940, 415) + TASK,
    "EndEvent_ProgressGuided": (1092, 437) + EVENT,
    "BoundaryEvent_ProjectWithdrawn": (1100, 642) + EVENT,
    "Task_RecordWithdrawal": (1210, 680) + TASK,
    "EndEvent_ProjectWithdrawn": (1362, 702) + EVENT,
    "Task_ComposeProgressDigest": (1210, 300) + TASK,
    "Task_SubmitSummary": (1360, 300) + TASK,
    "Timer_SummaryDeadline": (1392, 362) + EVENT,
    "Task_RecordSummaryOverdue": (1460, 440) + TASK,
    "EndEvent_SummaryOverdue": (1762, 462) + EVENT,
    "Task_RecordSummary": (1510, 300) + TASK,
    "Task_AssignAcceptanceExperts": (1660, 300) + TASK,
    "Task_AcceptanceReview": (1810, 300) + TASK,
    "Timer_AcceptanceReviewDeadline": (1842, 362) + EVENT,
    "Gateway_AcceptanceReviewMerge": (1955, 315) + GATEWAY,
    "Task_ScoreAcceptance": (2050, 300) + TASK,
    "Gateway_AcceptancePassed": (2205, 315) + GATEWAY,
    "EndEvent_Passed": (2312, 322) + EVENT,
    "EndEvent_Failed": (2312, 432) + EVENT,
}

# flow id: waypoints; None = straight from the source's right middle to the target's left middle
FLOWS = {
    "Flow_ToPrepare": None,
    "Flow_ToBuilding": None,
    "Flow_ToBuildingFork": None,
    "Flow_ToAcceptanceDate": None,
    "Flow_ToBuildingPeriodOver": None,
    "Flow_ToOpenProgressPeriod": None,
    "Flow_ToSubmitProgressReport": None,
    "Flow_ProgressReportSubmitted": None,
    "Flow_ToRecordProgressMissed": [(740, 513), (740, 570), (820, 570)],
    "Flow_ProgressMissedToGuidance": [(870, 530), (870, 480)],
    "Flow_ToGuideProject": None,
    "Flow_ToWithdrawProject": [(545, 155), (545, 195), (870, 195), (870, 220)],
    "Flow_ToWithdrawalDecided": None,
    "Flow_ToRecordWithdrawal": [(1118, 678), (1118, 720), (1210, 720)],
    "Flow_ToProjectWithdrawn": None,
    "Flow_ToProgressGuided": None,
    "Flow_ToComposeDigest": [(1180, 340), (1210, 340)],
    "Flow_ToSubmitSummary": None,
    "Flow_ToAssignExperts": None,
    "Flow_ToAssignAcceptanceExperts": None,
    "Flow_ToAcceptanceReview": None,
    "Flow_FromAcceptanceReview": None,
    "Flow_AcceptanceReviewDeadlinePassed": [(1860, 398), (1860, 420), (1980, 420), (1980, 365)],
    "Flow_ToScoreAcceptance": None,
    "Flow_ToAcceptancePassed": None,
    "Flow_AcceptancePassedYes": None,
    "Flow_ToRecordSummaryOverdue": [(1410, 398), (1410, 480), (1460, 480)],
    "Flow_ToSummaryOverdue": None,
    "Flow_AcceptancePassedNo": [(2230, 365), (2230, 450), (2312, 450)],
}

LABELLED_BELOW = {"StartEvent_ProjectPublished", "Timer_AcceptanceDate", "EndEvent_BuildingPeriodOver",
                  "StartEvent_BuildingStarted", "StartEvent_ProgressReportDue", "EndEvent_ProgressGuided",
                  "EndEvent_SummaryOverdue",
                  "EndEvent_Passed", "EndEvent_Failed", "Timer_SummaryDeadline",
                  "Timer_AcceptanceReviewDeadline", "Timer_ProgressReportOverdue", "EndEvent_WithdrawalDecided",
                  "BoundaryEvent_ProjectWithdrawn", "EndEvent_ProjectWithdrawn"}


def main(path):
    xml = open(path, encoding="utf-8").read()
    xml = re.sub(r"\s*<bpmndi:BPMNDiagram.*</bpmndi:BPMNDiagram>", "", xml, flags=re.S)
    flows = dict(re.findall(r'<bpmn:sequenceFlow id="([^"]+)"[^>]*?sourceRef="([^"]+)"', xml))
    targets = dict(re.findall(r'<bpmn:sequenceFlow id="([^"]+)"[^>]*?targetRef="([^"]+)"', xml))
    ids = set(re.findall(r'<bpmn:(?:\w+) id="([^"]+)"', xml))
    missing = [i for i in ids if i.split("_")[0] in
               ("Task", "StartEvent", "EndEvent", "Timer", "Gateway", "SubProcess", "BoundaryEvent") and i not in SHAPES]
    missing += [f for f in flows if f not in FLOWS]
    if missing:
        sys.exit("no diagram position for " + ", ".join(sorted(missing)))

    out = ['  <bpmndi:BPMNDiagram id="BPMNDiagram_BrandCultivation">',
           '    <bpmndi:BPMNPlane id="BPMNPlane_BrandCultivation" bpmnElement="brand-cultivation">']
    for element, shape in SHAPES.items():
        x, y, w, h = shape[:4]
        extra = ' isExpanded="true"' if len(shape) > 4 else ''
        extra += ' isMarkerVisible="true"' if element.startswith("Gateway") else ''
        out.append(f'      <bpmndi:BPMNShape id="{element}_di" bpmnElement="{element}"{extra}>')
        out.append(f'        <dc:Bounds x="{x}" y="{y}" width="{w}" height="{h}" />')
        if element in LABELLED_BELOW:
            out.append('        <bpmndi:BPMNLabel>')
            out.append(f'          <dc:Bounds x="{x - 32}" y="{y + h + 4}" width="{w + 64}" height="27" />')
            out.append('        </bpmndi:BPMNLabel>')
        out.append('      </bpmndi:BPMNShape>')
    for flow, points in FLOWS.items():
        if points is None:
            sx, sy, sw, sh = SHAPES[flows[flow]][:4]
            tx, ty, tw, th = SHAPES[targets[flow]][:4]
            points = [(sx + sw, sy + sh // 2), (tx, sy + sh // 2)]
        else:
            sx, sy, sw, sh = SHAPES[flows[flow]][:4]
        out.append(f'      <bpmndi:BPMNEdge id="{flow}_di" bpmnElement="{flow}">')
        out += [f'        <di:waypoint x="{px}" y="{py}" />' for px, py in points]
        out.append('      </bpmndi:BPMNEdge>')
    out += ['    </bpmndi:BPMNPlane>', '  </bpmndi:BPMNDiagram>']
    xml = xml.replace("</bpmn:definitions>", "\n".join(out) + "\n</bpmn:definitions>")
    open(path, "w", encoding="utf-8").write(xml)


if __name__ == "__main__":
    main(sys.argv[1])

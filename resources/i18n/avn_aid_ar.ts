<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>avn-aid</name>
    <message>
        <location filename="../../src/avn_aid/gui/wizard.py" line="+56"/>
        <location filename="../../src/avn_aid/gui/main_window.py" line="+106"/>
        <source>&amp;New patient</source>
        <translation>مريض جديد (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/avn_aid/gui/main_window.py" line="-1"/>
        <location line="+6"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>ملف (&amp;F)</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>&amp;Open session...</source>
        <translation>فتح جلسة... (&amp;O)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save session...</source>
        <translation>حفظ الجلسة... (&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>خروج (&amp;Q)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>&amp;Pathway</source>
        <translation>المسار (&amp;P)</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>&amp;Open pathway...</source>
        <translation>فتح مسار... (&amp;O)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reload pathway</source>
        <translation>إعادة تحميل المسار (&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Validate pathway</source>
        <translation>التحقق من المسار (&amp;V)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>مساعدة (&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About this pathway</source>
        <translation>عن هذا المسار (&amp;A)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Se&amp;ttings</source>
        <translation>الإعدادات (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>اللغة (&amp;L)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language is used when avn-aid starts again.</source>
        <translation>تُستعمل اللغة الجديدة عند تشغيل avn-aid مرة أخرى.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Patient not saved</source>
        <translation>المريض غير محفوظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answers for this patient have not been saved or printed. Save them as a session before you {doing}?</source>
        <translation>لم تُحفظ إجابات هذا المريض ولم تُطبع. هل تحفظها جلسةً قبل {doing}؟</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pathway: {title} {version}{draft} (sha256 {sha})</source>
        <translation>المسار: {title} {version}{draft} (sha256 {sha})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>start a new patient</source>
        <translation>بدء مريض جديد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New patient: every answer cleared.</source>
        <translation>مريض جديد: مُسحت كل الإجابات.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../src/avn_aid/gui/app.py" line="+38"/>
        <source>Pathway not loaded</source>
        <translation>لم يُحمَّل المسار</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>open another pathway</source>
        <translation>فتح مسار آخر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open pathway</source>
        <translation>فتح مسار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pathway files (*.yaml *.yml)</source>
        <translation>ملفات المسار (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loaded {path}</source>
        <translation>حُمِّل {path}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pathway test cases</source>
        <translation>حالات اختبار المسار</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pathway test cases fail</source>
        <translation>حالات اختبار المسار تفشل</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking {path}...</source>
        <translation>جارٍ التحقق من {path}...</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No problems found.</source>
        <translation>لم تُوجد مشكلات.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pathway check</source>
        <translation>التحقق من المسار</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nothing to save</source>
        <translation>لا شيء للحفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the patient&apos;s age on the Patient page first.</source>
        <translation>أدخل عمر المريض في صفحة المريض أولًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save session</source>
        <translation>حفظ الجلسة</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>Sessions (*.json)</source>
        <translation>الجلسات (*.json)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Session not saved</source>
        <translation>لم تُحفظ الجلسة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Session saved to {path}</source>
        <translation>حُفظت الجلسة في {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>open another session</source>
        <translation>فتح جلسة أخرى</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open session</source>
        <translation>فتح جلسة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Session not opened</source>
        <translation>لم تُفتح الجلسة</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The result for this patient is unchanged.</source>
        <translation>النتيجة لهذا المريض لم تتغير.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not in this pathway, so not ticked: </source>
        <translation>غير موجود في هذا المسار، لذلك لم يُؤشَّر: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Session opened</source>
        <translation>فُتحت الجلسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This session needs your attention.</source>
        <translation>هذه الجلسة تحتاج إلى انتباهك.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sources:</source>
        <translation>المصادر:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Review overdue: check the pathway before using it.</source>
        <translation>فات موعد المراجعة: تحقق من المسار قبل استعماله.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About the active pathway.</source>
        <translation>عن المسار النشط.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About this pathway</source>
        <translation>عن هذا المسار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>quit</source>
        <translation>الخروج</translation>
    </message>
    <message>
        <location filename="../../src/avn_aid/gui/figures_view.py" line="+15"/>
        <source>{count} weeks</source>
        <translation>{count} أسابيع</translation>
    </message>
    <message>
        <location filename="../../src/avn_aid/gui/pages/handout_page.py" line="+35"/>
        <source>US Letter</source>
        <translation>Letter الأمريكي</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Handout</source>
        <translation>النشرة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The patient&apos;s handout. Save, print or open it; all three use the same PDF.</source>
        <translation>نشرة المريض. احفظها أو اطبعها أو افتحها؛ الثلاثة تستعمل ملف PDF نفسه.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paper size</source>
        <translation>حجم الورق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pap&amp;er:</source>
        <translation>الورق (&amp;E):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Handout language</source>
        <translation>لغة النشرة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lan&amp;guage:</source>
        <translation>اللغة (&amp;G):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as...</source>
        <translation>حفظ باسم... (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint...</source>
        <translation>طباعة... (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open in viewer</source>
        <translation>فتح في العارض (&amp;O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printing</source>
        <translation>الطباعة</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What happened to the handout</source>
        <translation>ماذا حدث للنشرة</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Handout preview</source>
        <translation>معاينة النشرة</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Save handout</source>
        <translation>حفظ النشرة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Handout not saved</source>
        <translation>لم تُحفظ النشرة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to {path}</source>
        <translation>حُفظت في {path}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sending the handout to the printer...</source>
        <translation>جارٍ إرسال النشرة إلى الطابعة...</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Handout not printed</source>
        <translation>لم تُطبع النشرة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No PDF viewer</source>
        <translation>لا يوجد عارض PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No program opened the handout. It is at {path}.</source>
        <translation>لم يفتح أي برنامج النشرة. هي في {path}.</translation>
    </message>
    <message>
        <location filename="../../src/avn_aid/gui/pages/options_page.py" line="+72"/>
        <location line="+28"/>
        <source>Why?</source>
        <translation>لماذا؟</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>&lt;b&gt;Decides the status:&lt;/b&gt; </source>
        <translation>&lt;b&gt;يحدد الحالة:&lt;/b&gt; </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sources:</source>
        <translation>المصادر:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the pathway says for this patient. Press &apos;Why?&apos; for reasons and sources.</source>
        <translation>ما يقوله المسار لهذا المريض. اضغط &apos;لماذا؟&apos; لترى الأسباب والمصادر.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Options for each hip</source>
        <translation>الخيارات لكل ورك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Left hip</source>
        <translation>الورك الأيسر (&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caveats for the left hip</source>
        <translation>تنبيهات للورك الأيسر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Right hip</source>
        <translation>الورك الأيمن (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caveats for the right hip</source>
        <translation>تنبيهات للورك الأيمن</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>For the patient as a whole and both hips together</source>
        <translation>للمريض ككل وللوركين معًا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Caveats for this patient</source>
        <translation>تنبيهات لهذا المريض</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Where the sources disagree</source>
        <translation>أين تختلف المصادر</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This pathway: {what}</source>
        <translation>هذا المسار: {what}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recovery: {name}</source>
        <translation>التعافي: {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Follow-up: {visits}</source>
        <translation>المتابعة: {visits}</translation>
    </message>
    <message>
        <location filename="../../src/avn_aid/gui/pages/stage_page.py" line="+90"/>
        <source>With {stage}, choose {choices}, or choose another stage.</source>
        <translation>مع {stage}، اختر {choices}، أو اختر مرحلة أخرى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> or </source>
        <translation> أو </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose another stage.</source>
        <translation>اختر مرحلة أخرى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{stage} and “{collapse}” do not go together: {why} {advice}</source>
        <translation>{stage} و«{collapse}» لا يجتمعان: {why} {advice}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stage and collapse: right hip</source>
        <translation>المرحلة والانهيار: الورك الأيمن</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+80"/>
        <source>Stage and collapse</source>
        <translation>المرحلة والانهيار</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Ficat &amp;stage</source>
        <translation>مرحلة فيكات (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ollapse of the femoral head</source>
        <translation>انهيار رأس عظم الفخذ (&amp;O)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../src/avn_aid/gui/pages/patient_page.py" line="+124"/>
        <source>Why you cannot continue</source>
        <translation>لماذا لا يمكنك المتابعة</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Stage and collapse: left hip</source>
        <translation>المرحلة والانهيار: الورك الأيسر</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose a stage and a collapse status to continue.</source>
        <translation>اختر مرحلة وحالة انهيار للمتابعة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a stage to continue.</source>
        <translation>اختر مرحلة للمتابعة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a collapse status to continue.</source>
        <translation>اختر حالة الانهيار للمتابعة.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not possible.</source>
        <translation>غير ممكن.</translation>
    </message>
    <message>
        <location filename="../../src/avn_aid/gui/pages/modifiers_page.py" line="+30"/>
        <source>Contraindications and risk factors</source>
        <translation>موانع الاستعمال وعوامل الخطر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick what applies. Absolute contraindications are marked.</source>
        <translation>أشّر على ما ينطبق. موانع الاستعمال المطلقة موسومة.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Contraindications</source>
        <translation>موانع الاستعمال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risk factors</source>
        <translation>عوامل الخطر</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ABSOLUTE</source>
        <translation>مطلق</translation>
    </message>
    <message>
        <location filename="../../src/avn_aid/gui/pages/patient_page.py" line="-95"/>
        <source>One hip, side not stated</source>
        <translation>ورك واحد، دون تحديد الجهة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>الأيسر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right</source>
        <translation>الأيمن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not asked</source>
        <translation>لم يُسأل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not entered</source>
        <translation>لم يُدخل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> years</source>
        <translation> سنة</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Patient</source>
        <translation>المريض</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name or identifier is optional and is printed only on the handout.</source>
        <translation>الاسم أو الرقم التعريفي اختياري ويُطبع على النشرة فقط.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Patient name or identifier</source>
        <translation>اسم المريض أو رقمه التعريفي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age in years</source>
        <translation>العمر بالسنوات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Both hips</source>
        <translation>الوركان كلاهما</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which hip</source>
        <translation>أي ورك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clinician&apos;s name</source>
        <translation>اسم الطبيب</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Does the hip cause pain or other symptoms</source>
        <translation>هل يسبب الورك ألمًا أو أعراضًا أخرى</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Does the right hip cause pain or other symptoms</source>
        <translation>هل يسبب الورك الأيمن ألمًا أو أعراضًا أخرى</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Non-surgical care tried for 3 months or more without enough relief</source>
        <translation>جُرِّب العلاج غير الجراحي 3 أشهر أو أكثر دون راحة كافية</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Patient &amp;ID or name:</source>
        <translation>رقم المريض أو اسمه (&amp;I):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Age:</source>
        <translation>العمر (&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Which hip:</source>
        <translation>أي ورك (&amp;W):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clinician:</source>
        <translation>الطبيب (&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+60"/>
        <source>Hip causes s&amp;ymptoms:</source>
        <translation>الورك يسبب أعراضًا (&amp;Y):</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>&amp;Right hip causes symptoms:</source>
        <translation>الورك الأيمن يسبب أعراضًا (&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-surgical care fail&amp;ed (3+ months):</source>
        <translation>فشل العلاج غير الجراحي (3 أشهر فأكثر) (&amp;E):</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Left hip causes s&amp;ymptoms:</source>
        <translation>الورك الأيسر يسبب أعراضًا (&amp;Y):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The patient ID or name is {length} characters long; the limit is {limit}. Shorten it to continue.</source>
        <translation>رقم المريض أو اسمه طوله {length} حرفًا؛ والحد {limit}. اختصره للمتابعة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The clinician&apos;s name is {length} characters long; the limit is {limit}. Shorten it to continue.</source>
        <translation>اسم الطبيب طوله {length} حرفًا؛ والحد {limit}. اختصره للمتابعة.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <source>Enter the age to continue.</source>
        <translation>أدخل العمر للمتابعة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot continue.</source>
        <translation>لا يمكن المتابعة.</translation>
    </message>
    <message>
        <location filename="../../src/avn_aid/gui/dialogs.py" line="+126"/>
        <source>&amp;Copy details</source>
        <translation>نسخ التفاصيل (&amp;C)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unexpected error</source>
        <translation>خطأ غير متوقع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside avn-aid. Your inputs are still in the window. Please copy the details below and report them.</source>
        <translation>حدث خطأ داخل avn-aid. مدخلاتك ما زالت في النافذة. يُرجى نسخ التفاصيل أدناه والإبلاغ عنها.</translation>
    </message>
</context>
</TS>

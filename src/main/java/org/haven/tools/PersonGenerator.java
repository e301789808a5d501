package org.haven.tools;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.haven.people.matching.NameForms;
import org.haven.people.matching.PersonRecord;
import org.haven.people.matching.Sinitic;

/**
 * Seeded benchmark data: people of many cultures (names in their own script and in Latin) with
 * duplicates corrupted the way real records are: typos, another romanisation, dropped diacritics,
 * swapped name order, nicknames, missing or estimated birth dates, day/month swaps, ±1 year,
 * changed citizenships. A FEBRL-style mode makes Latin-only English names instead.
 *
 * <p>Names follow a head-and-tail distribution, as in real populations. The head is each culture's
 * hand-listed common names, drawn Zipf-like; the tail ({@link NameTails}) is names composed the way
 * the culture forms them (Romanian -escu/-eanu, Ukrainian -enko/-chuk, Russian and Bulgarian
 * -ov/-ev/-sky, Scandinavian patronyms and place compounds, Albanian -aj, Filipino Spanish and
 * Tagalog surnames, Yoruba and Igbo compounds, Thai syllable compounds with their romanisations,
 * Moroccan Ben-/El-…-i/Aït and Abd-el- names; Chinese given names are one or two characters of a
 * large set while family names stay concentrated; Vietnamese family names stay concentrated too).
 * The tail's share of the draws is chosen per culture from what is known of the real population:
 * most for Thai family names (0.85; Thai surnames are nearly unique per family), about half for
 * family names elsewhere, less for given names (0.1–0.5). In the FEBRL-style mode 30 % of given
 * names and 70 % of family names come from the tail (about 1,700 composed given names per sex and
 * some 60,000 English-like surnames: roots and syllables with English endings, patronyms, Mc/Mac),
 * so that the commonest surname has about the share of Smith in the US census (0.8 %) and the 270
 * listed surnames about a third of people. A large data set therefore holds many people with a name
 * of their own, and people sharing a full name in the proportions of a real population, rather than
 * a few hundred names repeated.
 */
public final class PersonGenerator {

  /** Which population to generate. */
  public enum Mode {
    MULTICULTURAL,
    FEBRL,
    /**
     * The multicultural population written the way real registers write it (see {@link
     * #registerHabits}).
     */
    REGISTERS
  }

  /** A generated record with the id of the person it belongs to. */
  public record Generated(PersonRecord record, String cluster) {}

  private enum Script {
    LATIN,
    CYRILLIC,
    ARABIC,
    THAI,
    HAN
  }

  /**
   * A culture's name pools. For Arabic and Thai an entry is {@code script|latin/latin…}; Cyrillic
   * and Chinese entries are romanised by rule; Latin entries may carry nicknames as {@code
   * name:nick/nick}.
   */
  private record Culture(
      String country,
      double weight,
      Script script,
      double scriptShare,
      String[] male,
      String[] female,
      String[] family,
      double twoGivenNames,
      String[] middleMale,
      String[] middleFemale) {}

  private static String[] w(String s) {
    return s.trim().split("\\s+");
  }

  private static String[] bar(String s) {
    return s.trim().split("\\s*,\\s*");
  }

  private static final List<Culture> CULTURES =
      List.of(
          new Culture(
              "RO",
              10,
              Script.LATIN,
              0,
              w(
                  "Ioan:Ion/Ionel Andrei Alexandru:Alex Mihai Gheorghe:Gigi Constantin Vasile"
                      + " Nicolae:Nicu Ştefan:Fane Florin Adrian Cristian Daniel Marius Ionuţ"
                      + " Gabriel Bogdan Sorin Cătălin Lucian Radu Vlad Dragoş Emil Petru Ovidiu"
                      + " Cosmin Iulian Valentin Laurenţiu"),
              w(
                  "Maria Elena Ioana Ana Andreea Mihaela Cristina Gabriela Alexandra Daniela"
                      + " Georgiana Raluca Simona Alina Roxana Florentina Nicoleta Loredana Irina"
                      + " Diana Bianca Larisa Oana Camelia Denisa Violeta Adriana Iuliana Ramona"
                      + " Corina"),
              w(
                  "Popescu Ionescu Popa Pop Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu Rusu"
                      + " Munteanu Constantin Mihai Marin Lazăr Dinu Tudor Florea Ene Moldovan Ilie"
                      + " Barbu Cristea Toma Nistor Sima Ştefan Dobre Oprea Voicu Neagu Preda Bălan"
                      + " Mocanu Şerban Roman Zamfir Drăgan Manole Ursu Cojocaru Lungu Niculescu"
                      + " Dragomir Sandu Căpraru Vlădescu Tănase"),
              0.2,
              null,
              null),
          new Culture(
              "NG",
              10,
              Script.LATIN,
              0,
              w(
                  "Oluwaseun:Seun Babatunde:Tunde Adebayo:Bayo Olufemi:Femi Chukwuemeka:Emeka"
                      + " Chinedu Ibrahim Musa Abubakar Obinna Ifeanyi Segun Kayode Ikechukwu"
                      + " Nnamdi Uche Yusuf Aliyu Usman Godwin Emmanuel Samuel Daniel Sunday"
                      + " Gbenga Olamide Tochukwu Oluwadamilare Chibuike"),
              w(
                  "Ngozi Chioma Oluwatoyin:Toyin Oluwakemi:Kemi Funmilayo Adaeze Amina Aisha"
                      + " Fatima Blessing Grace Chinyere Ifeoma Nkechi Folake Yetunde Bukola"
                      + " Titilayo Zainab Hauwa Esther Joy Precious Omolara Abimbola Ebere Uchenna"
                      + " Nneka Temitope Halima"),
              w(
                  "Okafor Adeyemi Okonkwo Adebayo Ogunleye Bello Abubakar Mohammed Ibrahim Okeke"
                      + " Eze Nwachukwu Obi Olawale Afolabi Balogun Ogunbiyi Chukwu Nwosu Onyekachi"
                      + " Adeleke Akinola Ojo Oyelaran Danjuma Lawal Uzor Ezeh Okoro Olatunji Adewale"
                      + " Oladipo Usman Nnadi Obiora Igwe Achebe Onuoha Salami Fashola"),
              0.3,
              null,
              null),
          new Culture(
              "TH",
              8,
              Script.THAI,
              0.3,
              bar(
                  "สมชาย|Somchai/Somchay, สมศักดิ์|Somsak, ประเสริฐ|Prasert/Prasoet,"
                      + " สุรชัย|Surachai, วิชัย|Wichai/Vichai, ณัฐพล|Nattaphon/Nuttapol,"
                      + " ธนากร|Thanakorn/Tanakorn, อนุชา|Anucha, กิตติ|Kitti,"
                      + " ชัยวัฒน์|Chaiwat, บุญมี|Bunmi/Boonmee, สมพงษ์|Somphong/Sompong,"
                      + " อภิชาติ|Aphichat/Apichart, ธีรพงศ์|Thiraphong/Teerapong,"
                      + " วีระ|Wira/Weera, ปิยะ|Piya, สุเทพ|Suthep, เกียรติ|Kiat,"
                      + " ศักดิ์ชัย|Sakchai, พงศกร|Phongsakon/Pongsakorn"),
              bar(
                  "สมศรี|Somsri/Somsi, มาลี|Mali/Malee, สุดา|Suda, นภา|Napha/Napa,"
                      + " วันดี|Wandi/Wandee, ปราณี|Prani/Pranee, กาญจนา|Kanchana/Kanjana,"
                      + " รัตนา|Rattana/Ratana, สุภาพร|Suphaphon/Supaporn,"
                      + " จินตนา|Chintana/Jintana, อรุณี|Aruni/Arunee, พิมพ์|Phim/Pim,"
                      + " ศิริพร|Siriphon/Siriporn, ดารุณี|Daruni/Darunee, นิตยา|Nitaya,"
                      + " อัญชลี|Anchali/Anchalee, ประภา|Prapha/Prapa, วิไล|Wilai/Vilai,"
                      + " เพ็ญศรี|Phensi/Pensri, ทิพวรรณ|Thipphawan/Tippawan"),
              bar(
                  "ใจดี|Chaidi/Jaidee, แสงทอง|Saengthong/Sangtong, ศรีสุข|Sisuk/Srisuk,"
                      + " บุญมา|Bunma/Boonma, วงศ์สวัสดิ์|Wongsawat, สุขสวัสดิ์|Suksawat,"
                      + " ทองดี|Thongdi/Tongdee, รัตนพันธ์|Rattanaphan/Ratanapan,"
                      + " ศรีวงศ์|Siwong/Sriwong, กิตติศักดิ์|Kittisak, พรหมมา|Phromma/Promma,"
                      + " จันทร์เพ็ญ|Chanphen/Janpen, มณีวงศ์|Maniwong, สมบูรณ์|Sombun/Somboon,"
                      + " ชัยมงคล|Chaimongkhon/Chaimongkol, เพชรรัตน์|Phetcharat/Petcharat,"
                      + " อินทร์แก้ว|Inkaeo/Inkaew, ปัญญาดี|Panyadi/Panyadee, นาคสุข|Naksuk,"
                      + " บุญเรือง|Bunrueang/Boonruang, ศรีประเสริฐ|Siprasoet/Sriprasert,"
                      + " คำแก้ว|Khamkaeo/Kamkaew, สุวรรณ|Suwan, ทองคำ|Thongkham/Tongkam,"
                      + " แก้วมณี|Kaeomani/Kaewmanee"),
              0,
              null,
              null),
          new Culture(
              "VN",
              10,
              Script.LATIN,
              0,
              w(
                  "Anh Bảo Cường Dũng Hải Hùng Hưng Khang Khoa Long Minh Nam Phong Phúc Quân Sơn"
                      + " Tài Thắng Thành Trung Tuấn Việt Vinh Tùng Hiếu Đạt Huy Kiên Lâm Nghĩa"
                      + " Bình Chiến Công Danh Duy Đông Đức Giang Hào Hiển Hòa Hoàng Khải Khánh"
                      + " Lộc Lợi Luân Mạnh Nhân Phát Quang Quốc Sang Tâm Thiện Thịnh Toàn Trí"
                      + " Trọng Tuệ Vĩnh Vũ Khôi An Thái Tiến Hậu Hoan Định"),
              w(
                  "Anh Châu Dung Giang Hà Hạnh Hằng Hoa Hương Lan Linh Loan Mai My Ngân Ngọc"
                      + " Nhung Oanh Phương Quyên Thảo Trang Trinh Tuyết Uyên Vân Yến Hiền Thủy"
                      + " Huyền Ánh Bích Diễm Diệp Đào Gấm Hồng Huệ Khánh Kiều Lệ Liên Liễu Ly"
                      + " Nga Nguyệt Nhi Như Phượng Quỳnh Sương Tâm Thắm Thơ Thu Thúy Tiên Trâm"
                      + " Vy Xuân Yên Hạ Diệu"),
              w(
                  "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh"
                      + " Trương Lâm Mai Cao Tạ Lưu Đoàn Vương Trịnh Quách Hà Tô Kiều"),
              0,
              w("Văn Hữu Đức Minh Quang Thành Công Xuân Ngọc Đình Anh Quốc Gia Bá"),
              w("Thị Ngọc Thu Thanh Kim Mai Minh Hồng Bảo Phương Diệu Khánh")),
          new Culture(
              "UA",
              10,
              Script.CYRILLIC,
              0.4,
              w(
                  "Андрій Олександр:Саша Сергій Володимир:Володя Микола:Коля Іван Василь"
                      + " Дмитро:Діма Юрій Олег Михайло Петро Тарас Богдан Віктор Євген Олексій"
                      + " Ігор Григорій Степан Роман Павло Ярослав Максим Артем"),
              w(
                  "Олена Наталія Тетяна Юлія Оксана Ірина Світлана Людмила Марія Ольга Галина"
                      + " Анастасія:Настя Катерина:Катя Вікторія Валентина Надія Софія Христина"
                      + " Ганна Дарина Леся Яна Зоряна Любов Алла"),
              w(
                  "Шевченко Коваленко Бондаренко Ткаченко Кравченко Ковальчук Бойко Мельник"
                      + " Шевчук Поліщук Олійник Лисенко Мороз Марченко Руденко Савченко Петренко"
                      + " Клименко Павленко Кравець Гончаренко Литвиненко Левченко Карпенко"
                      + " Ярошенко Гребенюк Дячук Костенко Захарченко Григоренко Хоменко Юрченко"
                      + " Іваненко Гнатюк Зінченко"),
              0,
              null,
              null),
          new Culture(
              "RU",
              7,
              Script.CYRILLIC,
              0.4,
              w(
                  "Александр:Саша Сергей Андрей Дмитрий:Дима Алексей Иван:Ваня Михаил:Миша"
                      + " Николай:Коля Владимир:Вова Евгений:Женя Юрий Павел Максим Артём Виктор"
                      + " Игорь Олег Денис Роман Григорий Антон Кирилл Никита Илья Константин"),
              w(
                  "Анна Мария Елена Ольга Наталья:Наташа Татьяна:Таня Ирина Екатерина:Катя"
                      + " Анастасия:Настя Юлия Светлана Людмила Галина Марина Дарья Ксения Полина"
                      + " Виктория Алина Вера Надежда Любовь Валентина Евгения Софья"),
              w(
                  "Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров"
                      + " Морозов Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов"
                      + " Николаев Орлов Андреев Макаров Никитин Захаров Зайцев Соловьёв Борисов"
                      + " Яковлев Григорьев Романов Воробьёв Сергеев Кузьмин Фролов Александров"
                      + " Дмитриев Королёв Гусев Киселёв"),
              0,
              null,
              null),
          new Culture(
              "MA",
              10,
              Script.ARABIC,
              0.3,
              bar(
                  "محمد|Mohammed/Mohamed/Muhammad/Mohamad, أحمد|Ahmed/Ahmad, يوسف|Youssef/Yusuf,"
                      + " عبد الله|Abdellah/Abdullah/Abdallah, حسن|Hassan/Hasan,"
                      + " حسين|Hussein/Houcine, عمر|Omar/Umar, خالد|Khalid/Khaled,"
                      + " إبراهيم|Ibrahim/Brahim, رشيد|Rachid/Rashid,"
                      + " مصطفى|Mustapha/Mustafa/Moustafa, سعيد|Said/Saeed, كريم|Karim/Kareem,"
                      + " عادل|Adil/Adel, هشام|Hicham/Hisham, نبيل|Nabil, طارق|Tarik/Tariq/Tarek,"
                      + " ياسين|Yassine/Yasin, أيوب|Ayoub/Ayub, إسماعيل|Ismail/Smail,"
                      + " عبد الرحيم|Abderrahim/Abdelrahim, جمال|Jamal/Djamal, منير|Mounir/Munir,"
                      + " فؤاد|Fouad/Fuad"),
              bar(
                  "فاطمة|Fatima/Fatma, خديجة|Khadija/Khadidja, عائشة|Aicha/Aisha,"
                      + " مريم|Meriem/Maryam/Mariam, زينب|Zineb/Zainab, سعاد|Souad/Suad,"
                      + " نادية|Nadia/Nadiya, سميرة|Samira, ليلى|Leila/Layla/Laila,"
                      + " حنان|Hanane/Hanan, أمينة|Amina, نعيمة|Naima, حليمة|Halima,"
                      + " رشيدة|Rachida/Rashida, سلمى|Salma, وفاء|Wafae/Wafa, إيمان|Imane/Iman,"
                      + " كريمة|Karima, هدى|Houda/Huda, سناء|Sanae/Sana"),
              bar(
                  "العلوي|Alaoui/El Alaoui, بنعلي|Benali/Ben Ali, الإدريسي|Idrissi/El Idrissi,"
                      + " بنجلون|Benjelloun, التازي|Tazi, الفاسي|Fassi/El Fassi, برادة|Berrada,"
                      + " بناني|Bennani, الشرقاوي|Cherkaoui/Charkaoui,"
                      + " المنصوري|Mansouri/El Mansouri, الزياني|Zayani/Ziani, بوزيد|Bouzid,"
                      + " العمراني|Amrani/El Amrani, الحسني|Hassani/El Hassani, السعدي|Saadi,"
                      + " الخطيب|Khatib/El Khatib, بوعزة|Bouazza, الرحماني|Rahmani,"
                      + " الوزاني|Ouazzani/Wazzani, القادري|Kadiri/Qadiri, حجي|Hajji/Hadji,"
                      + " بلقاسم|Belkacem/Belkassem, الطاهري|Tahiri/Taheri, المرابط|Mrabet,"
                      + " الصديقي|Seddiki/Siddiqi"),
              0,
              null,
              null),
          new Culture(
              "CN",
              8,
              Script.HAN,
              0.4,
              w(
                  "伟 强 磊 军 勇 杰 涛 明 超 刚 平 辉 鹏 华 飞 鑫 波 斌 宇 浩 凯 健 俊 帆 帅 旭 宁 龙 林 洋"
                      + " 建 国 志 文 晨 博 成 德 东 峰 海 嘉 坚 康 亮 茂 鸣 启 庆 荣 瑞 森 山 胜 世 天"
                      + " 翔 兴 学 阳 一 毅 永 昱 远 泽 振 正 忠 子 尧 晓 新 卫 长 春 家 立 光 金 利 青"
                      + " 睿 思 泰 轩 彦 哲 铭"),
              w(
                  "芳 娜 敏 静 丽 艳 娟 霞 秀 兰 英 婷 雪 慧 颖 琳 晶 欣 佳 倩 莉 燕 红 玲 梅 丹 萍 洁 文 玉"
                      + " 琴 春 嘉 璐 露 梦 蓉 珊 淑 婉 薇 晓 馨 雅 妍 怡 莹 瑜 悦 云 蕾 琪 凤 翠 菊 桂"
                      + " 月 彤 诗 思 涵 晗 璇 瑶 宁 华"),
              w(
                  "王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹"
                      + " 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭"
                      + " 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史"
                      + " 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤"),
              0.6,
              null,
              null),
          new Culture(
              "PH",
              8,
              Script.LATIN,
              0,
              w(
                  "Jose:Pepe/Jojo Juan Mark John Michael Christian Jerome Ryan Carlo Paolo Miguel"
                      + " Rafael Antonio Angelo Joshua Francis Roberto:Bobby Ramon Eduardo Renato"
                      + " Rodel Jonathan Arnel Ronaldo Danilo"),
              w(
                  "Maria Ana Kristine Mary Grace Joy Jennifer:Jenny Michelle Angelica Rosario"
                      + " Maricel Lorna Marites Jocelyn Rowena Princess Camille Nicole Kimberly Liza"
                      + " Divina Teresita Cristina Analyn Rhea"),
              w(
                  "Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres Tomas Andrada Castillo"
                      + " Flores Villanueva Ramos Castro Rivera Aquino Navarro Salazar Mercado"
                      + " Gonzales Lopez Fernandez Domingo Pascual Manalo Soriano Aguilar Dizon"
                      + " Dimaculangan Macaraeg Pangilinan"),
              0.4,
              null,
              null),
          new Culture(
              "AL",
              6,
              Script.LATIN,
              0,
              w(
                  "Arben Besnik Driton Ermal Fatmir Gentian Ilir Klodian Luan Mentor Njazi Petrit"
                      + " Redon Skender Taulant Valon Agim Artan Bujar Dritan Edmond Gjergj Kujtim"
                      + " Lulzim Sokol"),
              w(
                  "Anila Blerta Drita Elona Fatjona Gentiana Hana Ilirjana Jonida Klea Lindita"
                      + " Manjola Mirela Nertila Orjeta Rudina Shpresa Teuta Valbona Vjollca Xhesika"
                      + " Zamira Arta Besa Dorina"),
              w(
                  "Hoxha Shehu Gashi Krasniqi Berisha Morina Kastrati Leka Dervishi Basha Prifti"
                      + " Kola Marku Gjoka Çela Rama Meta Dushku Lleshi Bajrami Hysa Muça Tafa"
                      + " Zeqiri Kelmendi Doda Xhafa Rexhepi Sula Brahimi"),
              0,
              null,
              null),
          new Culture(
              "BG",
              5,
              Script.CYRILLIC,
              0.4,
              w(
                  "Георги:Гошо Иван Димитър Николай Петър Христо Стоян Тодор Васил Александър"
                      + " Стефан Йордан Никола Атанас Красимир Пламен Валентин Димо Борис Емил"),
              w(
                  "Мария Иванка Елена Йорданка Пенка Даниела Цветанка Росица Надежда Милена"
                      + " Виолета Снежана Десислава Гергана Радка Петя Стефка Николина Веселина"
                      + " Теодора"),
              w(
                  "Иванов Георгиев Димитров Петров Николов Христов Стоянов Тодоров Илиев Василев"
                      + " Атанасов Петков Ангелов Колев Йорданов Маринов Стефанов Попов Михайлов"
                      + " Кръстев Костов Димов Павлов Русев Генчев"),
              0,
              null,
              null),
          new Culture(
              "DK",
              4,
              Script.LATIN,
              0,
              w(
                  "Lars:Lasse Jens Peter Niels Henrik Søren Anders Morten Jesper Thomas"
                      + " Christian:Kristian Rasmus Mads Mikkel Jakob Kasper Frederik Martin Michael"
                      + " Ole Bent Poul Jørgen Torben"),
              w(
                  "Anne Mette Kirsten Hanne Susanne Lene Maria Camilla Marianne Pia Louise"
                      + " Charlotte Tina Karen Helle Julie Line Sofie Ida Emma Freja Birgitte Inge"
                      + " Lone Signe"),
              w(
                  "Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen"
                      + " Jørgensen Petersen Madsen Kristensen Olsen Thomsen Christiansen Poulsen"
                      + " Johansen Møller Mortensen Knudsen Jakobsen Mikkelsen Frederiksen Lund"
                      + " Holm Schmidt Eriksen Kristiansen Simonsen"),
              0.1,
              null,
              null),
          new Culture(
              "SE",
              4,
              Script.LATIN,
              0,
              w(
                  "Erik Lars Karl:Kalle Anders Johan Per:Pelle Nils:Nisse Olof Mikael Jan Hans"
                      + " Gustav Sven Lennart Peter Fredrik Daniel Magnus Andreas Stefan Oskar Axel"
                      + " Henrik Björn Mats"),
              w(
                  "Anna Eva Maria Karin Kristina Lena Sara Elisabeth Ingrid Emma Marie Birgitta"
                      + " Malin Sofia Kerstin Ulla Linnéa Annika Margareta Elin Johanna Ida Hanna"
                      + " Astrid Märta"),
              w(
                  "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson"
                      + " Gustafsson Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg"
                      + " Jakobsson Magnusson Olofsson Lindström Lindqvist Lindgren Axelsson Berg"
                      + " Bergström Lundberg Lind Lundgren Mattsson"),
              0.15,
              null,
              null));

  private static final Culture FEBRL =
      new Culture(
          "AU",
          1,
          Script.LATIN,
          0,
          w(
              "James:Jim/Jimmy John:Johnny Robert:Bob/Bobby Michael:Mike William:Bill/Will"
                  + " David:Dave Richard:Rick/Dick Joseph:Joe Thomas:Tom Charles:Charlie"
                  + " Christopher:Chris Daniel:Dan Matthew:Matt Anthony:Tony Mark Donald Steven"
                  + " Paul Andrew:Andy Joshua Kenneth:Ken Kevin Brian George Timothy:Tim Ronald"
                  + " Edward:Ed Jason Jeffrey Ryan Jacob Gary Nicholas:Nick Eric Jonathan Stephen"
                  + " Larry Justin Scott Brandon Benjamin:Ben Samuel:Sam Gregory:Greg Alexander"
                  + " Patrick:Pat Frank Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan"
                  + " Henry Douglas Zachary Peter Kyle Ethan Walter Noah Jeremy Christian Keith"
                  + " Roger Terry Gerald Harold Sean Austin Carl Arthur Lawrence Dylan Jesse"
                  + " Jordan Bryan Billy Joe Bruce Gabriel Logan Albert Willie Alan Juan Wayne"
                  + " Elijah Randy Roy Vincent Ralph Eugene Russell Bobby Mason Philip Louis"),
          w(
              "Mary Patricia:Pat/Patty Jennifer:Jen/Jenny Linda Elizabeth:Liz/Beth Barbara:Barb"
                  + " Susan:Sue Jessica:Jess Sarah Karen Lisa Nancy Betty Margaret:Maggie/Peggy"
                  + " Sandra Ashley Kimberly:Kim Emily Donna Michelle Carol Amanda:Mandy Dorothy"
                  + " Melissa Deborah:Debbie Stephanie Rebecca:Becky Sharon Laura Cynthia Kathleen"
                  + " Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha:Sam"
                  + " Katherine:Kate/Kathy Christine Debra Rachel Carolyn Janet Catherine Maria"
                  + " Heather Diane Ruth Julie Olivia Joyce Virginia Victoria:Vicky Kelly Lauren"
                  + " Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline Martha"
                  + " Gloria Teresa Ann Sara Madison Frances Kathryn Janice Jean Abigail Alice"
                  + " Judy Sophia Grace Denise Amber Doris Marilyn Danielle Beverly Isabella"
                  + " Theresa Diana Natalie Brittany Charlotte Marie Kayla Alexis Lori"),
          w(
              "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez"
                  + " Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin"
                  + " Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker"
                  + " Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson"
                  + " Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans"
                  + " Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy"
                  + " Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard"
                  + " Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray"
                  + " Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross"
                  + " Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler"
                  + " Henderson Barnes Gonzales Fisher Vasquez Simmons Romero Jordan Patterson"
                  + " Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole Hayes"
                  + " Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro"
                  + " Marshall Owens Harrison Fernandez McDonald Woods Washington Kennedy Wells"
                  + " Vargas Henry Chen Freeman Webb Tucker Guzman Burns Crawford Olson Simpson"
                  + " Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Munoz Hunt Hicks"
                  + " Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren"
                  + " Mills Meyer Rice Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver"
                  + " Ryan Gardner Payne Grant Dunn Kelley Spencer Hawkins Arnold Pierce Vazquez"
                  + " Hansen Peters Santos Hart Bradley Knight Elliott Cunningham Duncan Armstrong"
                  + " Hudson Carroll Lane Riley Andrews Alvarado Ray Delgado Berry Perkins Hoffman"
                  + " Johnston Matthews Pena Richards Contreras Willis Carpenter Lawrence Sandoval"),
          0.05,
          null,
          null);

  private static final ThreadLocal<Transliterator> HAN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin; Latin-ASCII"));

  /** One person with every way their name may be written. */
  private static final class Person {
    String cluster;
    Culture culture;
    String sex;
    List<String> givenWords = new ArrayList<>();
    List<String> givenNicks = new ArrayList<>();
    String family;
    LocalDate birth;
    List<String> citizenships = new ArrayList<>();

    /** Registers only: the person's papers give an age, not a date. */
    boolean ageOnly;

    /** Registers only: a second family name (Filipino and Spanish custom: the mother's). */
    String secondFamily;
  }

  private final SplittableRandom random;
  private final Mode mode;

  public PersonGenerator(long seed, Mode mode) {
    this.random = new SplittableRandom(seed);
    this.mode = mode;
  }

  /** About {@code count} records (exactly count), shuffled, with ids R0000001…. */
  public List<Generated> generate(int count) {
    List<Generated> out = new ArrayList<>(count + 8);
    int entity = 0;
    while (out.size() < count) {
      Person p = person(++entity);
      out.add(new Generated(render(p, false), p.cluster));
      int dups = duplicates();
      for (int d = 0; d < dups && out.size() < count; d++) {
        out.add(new Generated(render(p, true), p.cluster));
      }
    }
    Collections.shuffle(out, new Random(random.nextLong()));
    List<Generated> numbered = new ArrayList<>(out.size());
    int width = Math.max(7, String.valueOf(out.size()).length());
    for (int i = 0; i < out.size(); i++) {
      PersonRecord r = out.get(i).record();
      String id = "R" + String.format("%0" + width + "d", i + 1);
      numbered.add(
          new Generated(
              new PersonRecord(
                  id,
                  r.givenName(),
                  r.familyName(),
                  r.otherNames(),
                  r.birthDate(),
                  r.birthYear(),
                  r.sex(),
                  r.citizenships()),
              out.get(i).cluster()));
    }
    return numbered;
  }

  private int duplicates() {
    double x = random.nextDouble();
    if (mode == Mode.FEBRL) {
      return x < 0.6 ? 0 : x < 0.85 ? 1 : x < 0.95 ? 2 : 3;
    }
    return x < 0.55 ? 0 : x < 0.8 ? 1 : x < 0.92 ? 2 : x < 0.97 ? 3 : 4;
  }

  private Culture culture() {
    if (mode == Mode.FEBRL) {
      return FEBRL;
    }
    double total = CULTURES.stream().mapToDouble(Culture::weight).sum();
    double x = random.nextDouble() * total;
    for (Culture c : CULTURES) {
      x -= c.weight();
      if (x < 0) {
        return c;
      }
    }
    return CULTURES.get(0);
  }

  /**
   * A name pool: the hand-listed head, drawn Zipf-like (early entries more common), and a tail of
   * composed names that together take {@code tailShare} of the draws, drawn Zipf-like over their
   * (fixed, shuffled) ranks, continuing after the head's ranks with a flatter exponent, so that no
   * tail name is more common than the head's rarest.
   */
  static final class Pool {
    final String[] names;
    private final double[] cumulative;

    Pool(String[] head, double headSkew, String[] tail, double tailShare, double tailSkew) {
      int n = head.length + (tail == null ? 0 : tail.length);
      names = new String[n];
      cumulative = new double[n];
      double share = tail == null || tail.length == 0 ? 0 : tailShare;
      double headTotal = 0;
      for (int i = 0; i < head.length; i++) {
        headTotal += 1 / Math.pow(i + 1, headSkew);
      }
      double tailTotal = 0;
      for (int i = 0; share > 0 && i < tail.length; i++) {
        tailTotal += 1 / Math.pow(head.length + i + 1, tailSkew);
      }
      double acc = 0;
      for (int i = 0; i < head.length; i++) {
        names[i] = head[i];
        acc += (1 - share) / Math.pow(i + 1, headSkew) / headTotal;
        cumulative[i] = acc;
      }
      for (int i = 0; share > 0 && i < tail.length; i++) {
        names[head.length + i] = tail[i];
        acc += share / Math.pow(head.length + i + 1, tailSkew) / tailTotal;
        cumulative[head.length + i] = acc;
      }
    }

    String pick(SplittableRandom random) {
      double x = random.nextDouble() * cumulative[cumulative.length - 1];
      int i = Arrays.binarySearch(cumulative, x);
      i = i < 0 ? -i - 1 : i + 1;
      return names[Math.min(i, names.length - 1)];
    }
  }

  /** A culture's pools: male, female and family names, and middle names where there are any. */
  private record Pools(Pool male, Pool female, Pool family, Pool middleMale, Pool middleFemale) {}

  private static final Map<Culture, Pools> POOLS = new IdentityHashMap<>();

  private static synchronized Pools pools(Culture c) {
    return POOLS.computeIfAbsent(
        c,
        x -> {
          NameTails.Tails t =
              x == FEBRL
                  ? NameTails.english(x.male(), x.female(), x.family())
                  : NameTails.of(x.country(), x.male(), x.female(), x.family());
          double familySkew =
              x == FEBRL
                  ? 0.5
                  : x.country().equals("VN") ? 1.6 : x.script() == Script.HAN ? 1.0 : 0.8;
          double tailSkew = t == null ? 1 : t.tailSkew();
          return new Pools(
              new Pool(
                  x.male(),
                  0.6,
                  t == null ? null : t.male(),
                  t == null ? 0 : t.givenShare(),
                  tailSkew),
              new Pool(
                  x.female(),
                  0.6,
                  t == null ? null : t.female(),
                  t == null ? 0 : t.givenShare(),
                  tailSkew),
              new Pool(
                  x.family(),
                  familySkew,
                  t == null ? null : t.family(),
                  t == null ? 0 : t.familyShare(),
                  tailSkew),
              x.middleMale() == null ? null : new Pool(x.middleMale(), 0.5, null, 0, 1),
              x.middleFemale() == null ? null : new Pool(x.middleFemale(), 0.5, null, 0, 1));
        });
  }

  private Person person(int entity) {
    Person p = new Person();
    p.cluster = "E" + entity;
    p.culture = culture();
    Culture c = p.culture;
    p.sex = random.nextBoolean() ? "F" : "M";
    Pools pools = pools(c);
    Pool pool = p.sex.equals("F") ? pools.female() : pools.male();
    if (c.middleMale() != null) {
      p.givenWords.add(
          (p.sex.equals("F") ? pools.middleFemale() : pools.middleMale()).pick(random));
      p.givenNicks.add(null);
    }
    int words = c.script() == Script.HAN ? (random.nextDouble() < c.twoGivenNames() ? 2 : 1) : 1;
    if (c.script() != Script.HAN && random.nextDouble() < c.twoGivenNames()) {
      words = 2;
    }
    for (int i = 0; i < words; i++) {
      String g = pool.pick(random);
      String nick = null;
      int colon = g.indexOf(':');
      if (colon > 0) {
        String[] nicks = g.substring(colon + 1).split("/");
        nick = nicks[random.nextInt(nicks.length)];
        g = g.substring(0, colon);
      }
      if (p.givenWords.contains(g)) {
        continue;
      }
      p.givenWords.add(g);
      p.givenNicks.add(nick);
    }
    p.family = pools.family().pick(random);
    if (c.script() == Script.CYRILLIC && p.sex.equals("F")) {
      p.family = feminine(p.family);
    }
    int year = 1950 + random.nextInt(59);
    p.birth = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
    p.citizenships.add(c.country());
    if (random.nextDouble() < 0.1) {
      String[] others = {"DE", "IT", "FR", "GB", "US", "ES", "MD", "PL", "TR", "NL"};
      p.citizenships.add(others[random.nextInt(others.length)]);
    }
    if (mode == Mode.REGISTERS) {
      p.ageOnly = random.nextDouble() < 0.12;
      if (c.country().equals("PH") && random.nextDouble() < 0.4) {
        p.secondFamily = pools.family().pick(random);
      }
    }
    return p;
  }

  private static String feminine(String family) {
    if (family.endsWith("ский")) {
      return family.substring(0, family.length() - 2) + "ая";
    }
    if (family.endsWith("ський")) {
      return family.substring(0, family.length() - 2) + "а";
    }
    if (family.endsWith("ски")) {
      return family.substring(0, family.length() - 1) + "а";
    }
    if (family.endsWith("ов")
        || family.endsWith("ев")
        || family.endsWith("ёв")
        || family.endsWith("ин")) {
      return family + "а";
    }
    return family;
  }

  /** How a word is written: in its own script or one of its Latin forms. */
  private String write(Culture c, String entry, boolean script, int latinChoice) {
    switch (c.script()) {
      case ARABIC, THAI -> {
        int bar = entry.indexOf('|');
        if (script) {
          return entry.substring(0, bar);
        }
        String[] latin = entry.substring(bar + 1).split("/");
        return latin[Math.floorMod(latinChoice, latin.length)];
      }
      case CYRILLIC -> {
        if (script) {
          return entry;
        }
        NameForms.CyrillicScheme[] schemes =
            c.country().equals("BG")
                ? new NameForms.CyrillicScheme[] {
                  NameForms.CyrillicScheme.BULGARIAN, NameForms.CyrillicScheme.RUSSIAN_BGN
                }
                : c.country().equals("UA")
                    ? new NameForms.CyrillicScheme[] {
                      NameForms.CyrillicScheme.UKRAINIAN_NATIONAL,
                      NameForms.CyrillicScheme.UKRAINIAN_ENGLISH,
                      NameForms.CyrillicScheme.RUSSIAN_BGN
                    }
                    : new NameForms.CyrillicScheme[] {
                      NameForms.CyrillicScheme.RUSSIAN_BGN,
                      NameForms.CyrillicScheme.RUSSIAN_ICAO,
                      NameForms.CyrillicScheme.J_STYLE
                    };
        String latin =
            schemes[Math.floorMod(latinChoice, schemes.length)].apply(
                entry.toLowerCase(Locale.ROOT));
        return capitalise(latin);
      }
      case HAN -> {
        if (script) {
          return entry;
        }
        return capitalise(HAN.get().transliterate(entry).replace(" ", "").toLowerCase(Locale.ROOT));
      }
      default -> {
        return entry;
      }
    }
  }

  private static String capitalise(String s) {
    if (s.isEmpty()) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    boolean start = true;
    for (char ch : s.toCharArray()) {
      b.append(start ? Character.toUpperCase(ch) : ch);
      start = ch == ' ' || ch == '-';
    }
    return b.toString();
  }

  private PersonRecord render(Person p, boolean duplicate) {
    Culture c = p.culture;
    boolean script = c.script() != Script.LATIN && random.nextDouble() < c.scriptShare();
    int latinChoice = duplicate ? random.nextInt(4) : 0;
    List<String> given = new ArrayList<>();
    for (String g : p.givenWords) {
      given.add(write(c, g, script, latinChoice));
    }
    String family = write(c, p.family, script, latinChoice);
    LocalDate date = p.birth;
    Integer year = p.birth.getYear();
    String sex = p.sex;
    List<String> cits = new ArrayList<>(p.citizenships);
    List<String> others = new ArrayList<>();
    boolean swapped = false;
    if (duplicate) {
      int ops = 1 + random.nextInt(mode == Mode.FEBRL ? 3 : 3);
      for (int o = 0; o < ops; o++) {
        double x = random.nextDouble() * 20;
        if (x < 4) {
          // Typo in a Latin name.
          if (random.nextBoolean() && !isScript(family)) {
            family = typo(family);
          } else if (!given.isEmpty() && !isScript(given.get(0))) {
            int i = random.nextInt(given.size());
            given.set(i, typo(given.get(i)));
          }
        } else if (x < 6.5) {
          // Another romanisation, or the other script.
          boolean toScript = c.script() != Script.LATIN && random.nextBoolean();
          int choice = random.nextInt(4);
          given.clear();
          for (String g : p.givenWords) {
            given.add(write(c, g, toScript, choice));
          }
          family = write(c, p.family, toScript, choice);
        } else if (x < 8.5) {
          family = stripDiacritics(family);
          given.replaceAll(PersonGenerator::stripDiacritics);
        } else if (x < 10) {
          swapped = !swapped;
        } else if (x < 11.5) {
          for (int i = 0; i < p.givenNicks.size(); i++) {
            if (p.givenNicks.get(i) != null && i < given.size()) {
              String nick = p.givenNicks.get(i);
              given.set(
                  i,
                  isScript(nick)
                      ? (isScript(given.get(i)) ? nick : write(c, nick, false, latinChoice))
                      : nick);
              if (random.nextDouble() < 0.3) {
                others.add(
                    write(c, p.givenWords.get(i), false, 0) + " " + write(c, p.family, false, 0));
              }
              break;
            }
          }
        } else if (x < 12.3) {
          date = null;
          year =
              random.nextDouble() < 0.3
                  ? null
                  : p.birth.getYear() + (random.nextDouble() < 0.3 ? random.nextInt(3) - 1 : 0);
        } else if (x < 13.8) {
          date = null;
        } else if (x < 14.8) {
          if (date != null
              && date.getDayOfMonth() <= 12
              && date.getDayOfMonth() != date.getMonthValue()) {
            date = LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
          }
        } else if (x < 15.8) {
          int dy = random.nextBoolean() ? 1 : -1;
          if (date != null) {
            date = date.plusYears(dy);
            year = date.getYear();
          } else if (year != null) {
            year = year + dy;
          }
        } else if (x < 17) {
          if (cits.size() > 1) {
            Collections.reverse(cits);
          } else if (random.nextBoolean()) {
            cits.clear();
          } else {
            cits.add("DE");
          }
        } else if (x < 17.8) {
          sex = null;
        } else if (x < 19) {
          if (given.size() > 1) {
            given.remove(random.nextInt(given.size()));
          } else if (!isScript(family)) {
            family = typo(family);
          }
        } else {
          family = family.toUpperCase(Locale.ROOT);
          given.replaceAll(s -> s.toUpperCase(Locale.ROOT));
        }
      }
    }
    String givenOverride = null;
    if (mode == Mode.REGISTERS) {
      RegisterRecord r =
          registerHabits(
              p, duplicate, new RegisterRecord(given, family, others, date, year, sex, cits));
      given = r.given;
      family = r.family;
      date = r.date;
      year = r.year;
      sex = r.sex;
      cits = r.cits;
      if (r.swapped) {
        swapped = !swapped;
      }
      givenOverride = r.givenText;
    }
    String joiner = c.script() == Script.HAN ? "" : " ";
    String givenText = givenOverride != null ? givenOverride : String.join(joiner, given);
    if (c.script() == Script.HAN && !isScript(givenText)) {
      boolean upper = givenText.equals(givenText.toUpperCase(Locale.ROOT));
      givenText = capitalise(givenText.toLowerCase(Locale.ROOT));
      if (upper) {
        givenText = givenText.toUpperCase(Locale.ROOT);
      }
    }
    if (given.isEmpty()) {
      givenText = null;
    }
    if (swapped) {
      String t = givenText;
      givenText = family;
      family = t;
    }
    if (date != null) {
      year = date.getYear();
    }
    return new PersonRecord("", givenText, family, others, date, year, sex, cits);
  }

  /** A record being written, as the register habits change it. */
  private static final class RegisterRecord {
    List<String> given;
    String givenText;
    String family;
    final List<String> others;
    LocalDate date;
    Integer year;
    String sex;
    List<String> cits;
    boolean swapped;

    RegisterRecord(
        List<String> given,
        String family,
        List<String> others,
        LocalDate date,
        Integer year,
        String sex,
        List<String> cits) {
      this.given = given;
      this.family = family;
      this.others = others;
      this.date = date;
      this.year = year;
      this.sex = sex;
      this.cits = cits;
    }
  }

  private static final String[] THAI_NICKNAMES = {
    "Nok", "Lek", "Noi", "Ploy", "Ton", "Bee", "Pim", "Mint", "Beam", "Golf", "Fon", "Aom", "Nun"
  };

  /**
   * What real registers do to a record beyond typing errors: a date of 1 January or 1 July of an
   * estimated year when only an age is known (and the true date on a later record), records without
   * any birth date, a clerical error in the sex, only the second of two citizenships; Chinese names
   * in Pinyin joined, split or hyphenated, in Wade–Giles or in Hong Kong Cantonese, family name
   * first or last; Vietnamese middle names dropped, moved into the family name, or the whole name
   * read in the wrong order; Thai nicknames beside or instead of the formal name; a second given
   * name registered as the family name; the family name recorded among other names; one of two
   * family names dropped; Abd compounds spelt several ways.
   */
  private RegisterRecord registerHabits(Person p, boolean duplicate, RegisterRecord r) {
    Culture c = p.culture;
    // Dates.
    if (p.ageOnly && (!duplicate || random.nextDouble() < 0.45)) {
      r.date = estimated(p.birth.getYear());
    } else if (duplicate && random.nextDouble() < 0.05) {
      r.date = estimated(p.birth.getYear());
    }
    if (duplicate && random.nextDouble() < 0.07) {
      r.date = null;
      r.year = null;
    }
    if (duplicate && r.sex != null && random.nextDouble() < 0.015) {
      r.sex = r.sex.equals("F") ? "M" : "F";
    }
    if (duplicate && p.citizenships.size() > 1 && random.nextDouble() < 0.3) {
      r.cits = new ArrayList<>(List.of(p.citizenships.get(1)));
    }
    // Family names.
    if (p.secondFamily != null && r.family != null && !isScript(r.family)) {
      double x = random.nextDouble();
      if (!duplicate || x < 0.5) {
        r.family = r.family + " " + p.secondFamily;
      } else if (x < 0.7) {
        r.family = p.secondFamily;
      }
    }
    if (c.country().equals("CN") && r.given.stream().noneMatch(PersonGenerator::isScript)) {
      chinese(p, r, duplicate);
    }
    if (c.country().equals("VN") && r.given.size() > 1 && random.nextDouble() < 0.5) {
      double x = random.nextDouble();
      String middle = r.given.get(0);
      if (x < 0.5) {
        r.given = new ArrayList<>(r.given.subList(1, r.given.size()));
      } else if (x < 0.75) {
        r.family = r.family + " " + middle;
        r.given = new ArrayList<>(r.given.subList(1, r.given.size()));
      } else {
        // Family–middle–given read as given–family.
        List<String> rest = r.given.subList(1, r.given.size());
        r.given = new ArrayList<>(List.of(r.family, middle));
        r.family = String.join(" ", rest);
      }
    }
    if (c.country().equals("TH") && duplicate && !r.given.isEmpty()) {
      double x = random.nextDouble();
      String nick = THAI_NICKNAMES[random.nextInt(THAI_NICKNAMES.length)];
      if (x < 0.2) {
        r.others.add(nick);
      } else if (x < 0.3) {
        r.others.add(String.join(" ", r.given));
        r.given = new ArrayList<>(List.of(nick));
      }
    }
    if (duplicate && c.script() != Script.HAN && random.nextDouble() < 0.04) {
      if (r.given.size() > 1) {
        r.family = r.given.get(r.given.size() - 1);
        r.given = new ArrayList<>(r.given.subList(0, r.given.size() - 1));
      } else if (r.family != null) {
        r.others.add(r.family);
        r.family = null;
      }
    }
    for (int i = 0; i < r.given.size(); i++) {
      String g = r.given.get(i);
      if (g.startsWith("Abd") && duplicate && random.nextBoolean()) {
        r.given.set(i, abdSpelling(g));
      }
    }
    return r;
  }

  private LocalDate estimated(int year) {
    double x = random.nextDouble();
    int off =
        x < 0.5 ? 0 : x < 0.85 ? (random.nextBoolean() ? 1 : -1) : random.nextBoolean() ? 2 : -2;
    return LocalDate.of(year + off, random.nextDouble() < 0.75 ? 1 : 7, 1);
  }

  /** One of the ways Abd compounds are written: Abd al-Rahman, Abdul Rahman, Abderrahmane. */
  private String abdSpelling(String g) {
    String root = g.replaceFirst("(?i)^abd(-?(al|el|ul|ou|u|e)-?)?\\s*", "");
    if (root.length() < 3) {
      return g;
    }
    String lower = root.substring(0, 1).toLowerCase(Locale.ROOT) + root.substring(1);
    String upper = root.substring(0, 1).toUpperCase(Locale.ROOT) + root.substring(1);
    boolean sun = "tdrzsnl".indexOf(lower.charAt(0)) >= 0;
    return switch (random.nextInt(5)) {
      case 0 -> "Abd al-" + upper;
      case 1 -> "Abdul " + upper;
      case 2 -> "Abdel" + lower;
      case 3 -> sun ? "Abde" + lower.charAt(0) + lower : "Abdel " + upper;
      default -> "Abdul" + lower;
    };
  }

  /** Chinese names in the romanisation a register uses. */
  private void chinese(Person p, RegisterRecord r, boolean duplicate) {
    int style = !duplicate && random.nextDouble() < 0.6 ? 0 : random.nextInt(5);
    List<String> syllables = new ArrayList<>();
    for (String ch : p.givenWords) {
      syllables.add(romanise(ch, style));
    }
    String family = capitalise(romanise(p.family, style));
    String given =
        switch (style) {
          case 0 -> capitalise(String.join("", syllables));
          case 2, 3 -> capitalise(String.join("-", syllables).toLowerCase(Locale.ROOT));
          default -> capitalise(String.join(" ", syllables));
        };
    r.family = family;
    r.given = new ArrayList<>(List.of(given));
    r.givenText = given;
    if (random.nextDouble() < 0.25) {
      r.swapped = true;
    }
  }

  /** A Han character in Pinyin (styles 0–2), Wade–Giles (3) or Cantonese (4). */
  private static String romanise(String han, int style) {
    String pinyin = HAN.get().transliterate(han).toLowerCase(Locale.ROOT).trim();
    pinyin = Normalizer.normalize(pinyin, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    if (style < 3) {
      return pinyin;
    }
    List<String> other = Sinitic.romanisations(han, pinyin);
    if (style == 3 || other.size() < 2) {
      return other.get(0);
    }
    return other.get(1);
  }

  private static boolean isScript(String s) {
    return s != null && NameForms.script(s) != NameForms.Script.LATIN;
  }

  private static String stripDiacritics(String s) {
    if (s == null || isScript(s)) {
      return s;
    }
    String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return d.replace('Đ', 'D').replace('đ', 'd').replace('ø', 'o').replace('Ø', 'O');
  }

  private static final String KEYS = "qwertyuiopasdfghjklzxcvbnm";

  private String typo(String s) {
    if (s == null || s.length() < 3) {
      return s;
    }
    int i = 1 + random.nextInt(s.length() - 1);
    char[] a = s.toCharArray();
    switch (random.nextInt(4)) {
      case 0 -> {
        return s.substring(0, i) + s.substring(i + 1);
      }
      case 1 -> {
        return s.substring(0, i) + KEYS.charAt(random.nextInt(KEYS.length())) + s.substring(i);
      }
      case 2 -> {
        int k = KEYS.indexOf(Character.toLowerCase(a[i]));
        char r = k < 0 ? 'e' : KEYS.charAt(k + 1 < KEYS.length() ? k + 1 : k - 1);
        a[i] = r;
        return new String(a);
      }
      default -> {
        if (i + 1 < a.length) {
          char t = a[i];
          a[i] = a[i + 1];
          a[i + 1] = t;
        }
        return new String(a);
      }
    }
  }
}

package org.haven.people.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chinese names across their romanisations. Mainland registers write Hanyu Pinyin (ICU's Han-Latin
 * gives only that), Taiwanese and older documents Wade–Giles (志明 → Chih-ming), Hong Kong the
 * government's Cantonese spelling (志明 → Chi Ming, 黄 → Wong, 李 → Lee); given names are written
 * joined, hyphenated or split. This class gives a name in Han characters its Wade–Giles and
 * Cantonese forms, and a Latin name the Pinyin readings it may stand for ({@link #readings}), so
 * that Huang and Wong, or Zhiming and Chi Ming, can meet. The Cantonese readings are those of the
 * common family names and of characters common in given names (Hong Kong government romanisation);
 * a character outside them has no Cantonese form.
 */
public final class Sinitic {

  private Sinitic() {}

  /** Every syllable of Hanyu Pinyin, tone marks and ü dropped as ICU's Latin-ASCII drops them. */
  private static final List<String> PINYIN = List.of(PinyinSyllables.ALL.split(" "));

  private static final class PinyinSyllables {
    static final String ALL =
        "a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu "
            + "ca cai can cang cao ce cen ceng cha chai chan chang chao che chen cheng chi "
            + "chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui "
            + "cun cuo da dai dan dang dao de den deng di dia dian diao die ding diu dong dou "
            + "du duan dui dun duo e ei en eng er fa fan fang fei fen feng fiao fo fou fu ga "
            + "gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha "
            + "hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji "
            + "jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao "
            + "ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao "
            + "le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lue lun "
            + "luo ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu "
            + "na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou "
            + "nu nuan nue nun nuo o ou pa pai pan pang pao pei pen peng pi pian piao pie pin "
            + "ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran "
            + "rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se "
            + "sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai "
            + "shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao "
            + "te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei "
            + "wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya "
            + "yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze "
            + "zei zen zeng zha zhai zhan zhang zhao zhe zhen zheng zhi zhong zhou zhu zhua "
            + "zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo ";
  }

  /** Family names: the character, its Pinyin and its Hong Kong Cantonese spelling. */
  private static final String FAMILY =
      "王wang/wong 李li/lee 张zhang/cheung 刘liu/lau 陈chen/chan 杨yang/yeung 黄huang/wong "
          + "赵zhao/chiu 吴wu/ng 周zhou/chow 徐xu/tsui 孙sun/suen 马ma/ma 朱zhu/chu 胡hu/wu 郭guo/kwok "
          + "何he/ho 高gao/ko 林lin/lam 罗luo/law 郑zheng/cheng 梁liang/leung 谢xie/tse 宋song/sung "
          + "唐tang/tong 许xu/hui 韩han/hon 冯feng/fung 邓deng/tang 曹cao/tso 彭peng/pang "
          + "曾zeng/tsang 肖xiao/siu 田tian/tin 董dong/tung 袁yuan/yuen 潘pan/poon 于yu/yu "
          + "蒋jiang/cheung 蔡cai/choi 余yu/yu 杜du/to 叶ye/yip 程cheng/ching 苏su/so 魏wei/ngai "
          + "吕lu/lui 丁ding/ting 任ren/yam 沈shen/shum 姚yao/yiu 卢lu/lo 姜jiang/keung 崔cui/tsui "
          + "钟zhong/chung 谭tan/tam 陆lu/luk 汪wang/wong 范fan/fan 金jin/kam 石shi/shek 廖liao/liu "
          + "贾jia/ka 夏xia/ha 韦wei/wai 付fu/fu 方fang/fong 白bai/pak 邹zou/chau 孟meng/mang "
          + "熊xiong/hung 秦qin/chun 邱qiu/yau 江jiang/kong 尹yin/wan 薛xue/sit 闫yan/yim 段duan/tuen "
          + "雷lei/lui 侯hou/hau 龙long/lung 史shi/sze 陶tao/to 黎li/lai 贺he/ho 顾gu/ku 毛mao/mo "
          + "郝hao/kok 龚gong/kung 邵shao/shiu 万wan/man 钱qian/chin 严yan/yim 覃qin/tam 武wu/mo "
          + "戴dai/tai 莫mo/mok 孔kong/hung 向xiang/heung 汤tang/tong 麦mai/mak 关guan/kwan 温wen/wan "
          + "欧ou/au 区ou/au 古gu/ku 冼xian/sin 萧xiao/siu 邝kuang/kwong 岑cen/shum 甘gan/kam "
          + "翁weng/yung 柯ke/o 施shi/sze 洪hong/hung 钟zhong/chung 伍wu/ng 游you/yau 庄zhuang/chong "
          + "容rong/yung ";

  /** Characters common in given names, written the same way. */
  private static final String GIVEN =
      "伟wei/wai 强qiang/keung 磊lei/lui 军jun/kwan 勇yong/yung 杰jie/kit 涛tao/to 明ming/ming "
          + "超chao/chiu 刚gang/kong 平ping/ping 辉hui/fai 鹏peng/pang 华hua/wah 飞fei/fei 鑫xin/yam "
          + "波bo/po 斌bin/bun 宇yu/yu 浩hao/ho 凯kai/hoi 健jian/kin 俊jun/chun 帆fan/fan 帅shuai/shui "
          + "旭xu/yuk 宁ning/ning 洋yang/yeung 建jian/kin 国guo/kwok 志zhi/chi 文wen/man 晨chen/sun "
          + "博bo/pok 成cheng/shing 德de/tak 东dong/tung 峰feng/fung 海hai/hoi 嘉jia/ka 坚jian/kin "
          + "康kang/hong 亮liang/leung 茂mao/mau 鸣ming/ming 启qi/kai 庆qing/hing 荣rong/wing "
          + "瑞rui/sui 森sen/sum 山shan/shan 胜sheng/shing 世shi/sai 天tian/tin 翔xiang/cheung "
          + "兴xing/hing 学xue/hok 阳yang/yeung 一yi/yat 毅yi/ngai 永yong/wing 昱yu/yuk 远yuan/yuen "
          + "泽ze/chak 振zhen/chun 正zheng/ching 忠zhong/chung 子zi/tsz 尧yao/yiu 晓xiao/hiu "
          + "新xin/san 卫wei/wai 长chang/cheung 春chun/chun 家jia/ka 立li/lap 光guang/kwong 利li/lei "
          + "青qing/ching 睿rui/yui 思si/sze 泰tai/tai 轩xuan/hin 彦yan/yin 哲zhe/chit 铭ming/ming "
          + "智zhi/chi 达da/tat 豪hao/ho 锦jin/kam 耀yao/yiu 基ji/kei 仁ren/yan 贵gui/kwai 福fu/fuk "
          + "祥xiang/cheung 安an/on 宝bao/po 小xiao/siu 大da/tai 中zhong/chung 伦lun/lun 威wei/wai "
          + "汉han/hon 少shao/siu 民min/man 发fa/fat 芳fang/fong 娜na/na 敏min/man 静jing/ching "
          + "丽li/lai 艳yan/yim 娟juan/kuen 霞xia/ha 秀xiu/sau 兰lan/lan 英ying/ying 婷ting/ting "
          + "雪xue/suet 慧hui/wai 颖ying/wing 琳lin/lam 晶jing/ching 欣xin/yan 佳jia/kai 倩qian/sin "
          + "莉li/lei 燕yan/yin 红hong/hung 玲ling/ling 梅mei/mui 丹dan/tan 萍ping/ping 洁jie/kit "
          + "玉yu/yuk 琴qin/kam 璐lu/lo 露lu/lo 梦meng/mung 蓉rong/yung 珊shan/shan 淑shu/suk "
          + "婉wan/yuen 薇wei/mei 馨xin/hing 雅ya/nga 妍yan/yin 怡yi/yi 莹ying/ying 瑜yu/yu 悦yue/yuet "
          + "云yun/wan 蕾lei/lui 琪qi/kei 凤feng/fung 翠cui/chui 菊ju/kuk 桂gui/kwai 月yue/yuet "
          + "彤tong/tung 诗shi/sze 涵han/ham 晗han/ham 璇xuan/suen 瑶yao/yiu 美mei/mei 珍zhen/chun "
          + "惠hui/wai 爱ai/oi 珠zhu/chu 碧bi/pik 佩pei/pui 凤feng/fung 咏yong/wing 嘉jia/ka 宝bao/po "
          + "素su/so 秋qiu/chau 冰bing/bing ";

  private static final Map<Integer, String[]> READINGS = new HashMap<>();
  private static final Map<String, Set<String>> PINYIN_OF = new HashMap<>();
  private static final Set<String> SURNAMES = new HashSet<>();

  static {
    for (String table : new String[] {FAMILY, GIVEN}) {
      for (String entry : table.trim().split(" +")) {
        int ch = entry.codePointAt(0);
        String[] pc = entry.substring(Character.charCount(ch)).split("/");
        READINGS.putIfAbsent(ch, pc);
        PINYIN_OF.computeIfAbsent(pc[1], k -> new LinkedHashSet<>()).add(pc[0]);
        if (table == FAMILY) {
          SURNAMES.add(pc[0]);
          SURNAMES.add(pc[1]);
          SURNAMES.add(wadeGiles(pc[0]));
        }
      }
    }
    for (String p : PINYIN) {
      PINYIN_OF.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(p);
      PINYIN_OF.computeIfAbsent(wadeGiles(p), k -> new LinkedHashSet<>()).add(p);
    }
  }

  /**
   * The Wade–Giles spelling of one Pinyin syllable, apostrophes and umlauts dropped as registers
   * drop them: zhi → chih, xiong → hsiung, zi → tzu, guo → kuo, ge → ko, jun → chun.
   */
  public static String wadeGiles(String p) {
    switch (p) {
      case "zi":
        return "tzu";
      case "ci":
        return "tzu";
      case "si":
        return "ssu";
      case "zhi", "chi":
        return "chih";
      case "shi":
        return "shih";
      case "ri":
        return "jih";
      case "er":
        return "erh";
      case "you":
        return "yu";
      case "yan":
        return "yen";
      case "ye":
        return "yeh";
      case "yue":
        return "yueh";
      case "yong":
        return "yung";
      case "yi":
        return "i";
      default:
        break;
    }
    String initial = "";
    String rest = p;
    for (String i :
        new String[] {
          "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x",
          "r", "z", "c", "s", "y", "w"
        }) {
      if (p.startsWith(i)) {
        initial = i;
        rest = p.substring(i.length());
        break;
      }
    }
    String wgInitial =
        switch (initial) {
          case "zh", "ch", "j", "q" -> "ch";
          case "x" -> "hs";
          case "r" -> "j";
          case "z", "c" -> "ts";
          case "b" -> "p";
          case "d" -> "t";
          case "g" -> "k";
          default -> initial;
        };
    String final_ = rest;
    if (rest.endsWith("ong")) {
      final_ = rest.substring(0, rest.length() - 3) + "ung";
    } else if (rest.equals("ian")) {
      final_ = "ien";
    } else if (rest.equals("ie")) {
      final_ = "ieh";
    } else if (rest.equals("ue")) {
      final_ = "ueh";
    } else if (rest.equals("ui")) {
      final_ = "uei";
    } else if (rest.equals("uo")
        && !(initial.equals("g")
            || initial.equals("k")
            || initial.equals("h")
            || initial.equals("sh"))) {
      final_ = "o";
    } else if (rest.equals("e")
        && (initial.equals("g") || initial.equals("k") || initial.equals("h"))) {
      final_ = "o";
    }
    return wgInitial + final_;
  }

  /** Whether a Latin spelling is a common Chinese family name in one of the romanisations. */
  public static boolean isSurname(String compact) {
    return SURNAMES.contains(compact);
  }

  /**
   * The Wade–Giles and Cantonese forms of a name in Han characters (one syllable per character,
   * separated by spaces), as far as the characters' readings are known; empty otherwise.
   */
  public static List<String> romanisations(String han, String pinyin) {
    List<String> out = new ArrayList<>(2);
    String[] syllables = pinyin.split(" ");
    StringBuilder wg = new StringBuilder();
    for (String s : syllables) {
      if (!s.isEmpty()) {
        wg.append(wg.length() == 0 ? "" : " ").append(wadeGiles(s));
      }
    }
    out.add(wg.toString());
    StringBuilder yue = new StringBuilder();
    for (int i = 0; i < han.length(); ) {
      int cp = han.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
        continue;
      }
      String[] r = READINGS.get(cp);
      if (r == null) {
        return out;
      }
      yue.append(yue.length() == 0 ? "" : " ").append(r[1]);
    }
    out.add(yue.toString());
    return out;
  }

  /**
   * The Pinyin readings a Latin name may stand for, each written without spaces: every way its
   * words split into syllables of Pinyin, Wade–Giles or Cantonese, each syllable read as the Pinyin
   * syllables it may write. "Chi Ming" → chiming, zhiming, jiming, qiming; "Wong" → wang, huang. At
   * most 16; empty when a word does not split into syllables.
   */
  public static Set<String> readings(String latin) {
    Set<String> out = new LinkedHashSet<>();
    out.add("");
    for (String word : latin.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      if (word.length() > 18) {
        return Set.of();
      }
      List<List<String>> splits = new ArrayList<>();
      split(word, 0, new ArrayList<>(), splits);
      if (splits.isEmpty()) {
        return Set.of();
      }
      Set<String> next = new LinkedHashSet<>();
      for (List<String> s : splits) {
        Set<String> partial = new LinkedHashSet<>(out);
        for (String syllable : s) {
          Set<String> grown = new LinkedHashSet<>();
          for (String prefix : partial) {
            for (String p : PINYIN_OF.get(syllable)) {
              if (grown.size() < 16) {
                grown.add(prefix + p);
              }
            }
          }
          partial = grown;
        }
        for (String p : partial) {
          if (next.size() < 16) {
            next.add(p);
          }
        }
      }
      out = next;
    }
    out.remove("");
    return out;
  }

  private static void split(String word, int at, List<String> path, List<List<String>> out) {
    if (out.size() >= 4 || path.size() > 4) {
      return;
    }
    if (at == word.length()) {
      out.add(List.copyOf(path));
      return;
    }
    for (int end = Math.min(word.length(), at + 6); end > at; end--) {
      String s = word.substring(at, end);
      if (PINYIN_OF.containsKey(s)) {
        path.add(s);
        split(word, end, path, out);
        path.remove(path.size() - 1);
      }
    }
  }
}

/** Vietnamese (folded, without tones): multi-syllable words mapped to the English keys of the facts. */
import type { WordTable } from './table.js';

export const vi: WordTable = {
  phrases: [
    ['lien hop quoc', 'un'], ['lien hiep quoc', 'un'], ['lhq', 'un'], ['gin giu hoa binh', 'peacekeeping'],
    ['giu gin hoa binh', 'peacekeeping'], ['gghb', 'peacekeeping'], ['hoat dong gin giu hoa binh', 'peacekeeping operation'],
    ['luc luong gin giu hoa binh', 'peacekeeping force'], ['mu noi xanh', 'personnel'], ['chien si mu noi xanh', 'personnel'],
    ['si quan', 'officer'], ['sy quan', 'officer'], ['quan nhan', 'personnel'], ['binh si', 'personnel'], ['chien si', 'personnel'],
    ['can bo nhan vien', 'personnel'], ['can bo', 'personnel'], ['nhan vien', 'personnel'], ['nhan su', 'personnel'],
    ['quan chung', 'personnel'], ['y bac si', 'doctor'], ['bac si', 'doctor'], ['nhan vien y te', 'medical personnel'],
    ['y te', 'medical'], ['benh vien da chien cap 2', 'field hospital level 2'], ['benh vien da chien', 'field hospital'],
    ['bvdc', 'field hospital'], ['bvdc2', 'field hospital level 2'], ['cap 2', 'level 2'], ['cap hai', 'level 2'],
    ['cap ii', 'level 2'], ['doi cong binh', 'engineer unit'], ['cong binh', 'engineer'], ['don vi', 'unit'],
    ['nam sudan', 'south sudan'], ['nam xu dang', 'south sudan'], ['cong hoa trung phi', 'central african republic'],
    ['trung phi', 'central african republic'], ['abyei', 'abyei'], ['phu nu', 'women'], ['nu quan nhan', 'women personnel'],
    ['nu si quan', 'women officer'], ['nu sy quan', 'women officer'], ['nu', 'women'],
    ['trien khai', 'deploy'], ['cu', 'deploy'], ['dieu dong', 'deploy'], ['len duong', 'deploy'], ['phai bo', 'mission'],
    ['nhiem vu', 'mission'], ['chi thi', 'directive'], ['nghi quyet', 'resolution'], ['quoc hoi', 'national assembly'],
    ['hoa giai', 'mediation'], ['hoi nghi quoc te', 'international conference'], ['hoi nghi', 'conference'],
    ['ngoai giao da phuong', 'multilateral diplomacy'], ['da phuong', 'multilateral'], ['ngoai giao', 'diplomacy'],
    ['bo quoc phong', 'ministry defence'], ['quoc phong', 'defence'], ['sach trang', 'white paper'],
    ['cuc gin giu hoa binh viet nam', 'vietnam peacekeeping department'], ['cuc gin giu hoa binh', 'peacekeeping department'],
    ['trung tam gin giu hoa binh', 'peacekeeping center'], ['hoi dong bao an', 'unsc'], ['hdba', 'unsc'],
    ['uy vien khong thuong truc', 'non permanent member'], ['thanh vien khong thuong truc', 'non permanent member'],
    ['nhiem ky', 'term'], ['trieu tien', 'dprk'], ['han quoc', 'south korea'], ['trung quoc', 'china'], ['an do', 'india'],
    ['nhat ban', 'japan'], ['hoa ky', 'us'], ['my', 'us'], ['phap', 'france'],
    ['tham gia', 'participation'], ['gao', 'rice'], ['luc luong', 'force'], ['quan doi nhan dan', 'people s army'],
    ['quan doi', 'army'], ['hoat dong', 'operation'], ['chu tich', 'chair'], ['nam chu tich', 'chair'], ['bat dau', 'begin'],
    ['gia nhap', 'member'], ['thanh vien', 'member'], ['ban hanh', 'issue'], ['thong qua', 'pass'], ['ky ket', 'sign'],
    ['vien tro', 'aid'], ['ty le', 'share'], ['giai doan', ''], ['phan tram', ''], ['hiep hoi cac quoc gia dong nam a', 'asean'],
    ['dong nam a', 'southeast asia'], ['ha noi', 'hanoi'], ['viet nam', 'vietnam'], ['dang cong san', 'communist party'],
    ['ban bi thu', 'secretariat'], ['bo chinh tri', 'politburo'], ['to chuc', 'organise'], ['luot', 'rotation'],
    ['luan phien', 'rotation'], ['chien dau', 'combat'], ['tac chien', 'combat'], ['cuong che', 'coercive'],
    ['hoi nhap quoc te', 'international integration'], ['hoi nhap', 'integration'], ['doi moi', 'doi moi'],
    ['qdnd', 'vietnam army'], ['quan doi nhan dan viet nam', 'vietnam army'], ['chau phi', 'africa'], ['dao tao', 'training'], ['huan luyen', 'training'], ['dien dan', 'forum'], ['quan su', 'military'],
  ],
  synonyms: [],
  stopwords: `
ngay thang duoc da cua va cac nhung la co trong tu den voi cho nam mot nay do nhu the ve tai ra vao len khi se dang nhieu hon
tren duoi gan khoang hai ba bon sau bay tam chin muoi tram nghin ngan trieu ty truoc sau cung van rat roi bi boi vi nen neu
thi ma moi lan thu theo gom bao con nay nhat hien dong thoi qua sang o day kia ay nao gi ai tat ca toan cac vua moi mot so`,
  negations: ['khong', 'chua', 'chang', 'khong he', 'tu choi', 'tranh'],
};

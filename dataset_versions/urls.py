"""Dataset versions' REST routes (under /api/): freeze, verify, manifest, diff and exports."""

from django.urls import path

from dataset_versions import apis

urlpatterns = [
    path("campaigns/<int:campaign_id>/datasets/", apis.DatasetListApi.as_view()),
    path("datasets/<int:dataset_id>/verify/", apis.DatasetVerifyApi.as_view()),
    path("datasets/<int:dataset_id>/manifest/", apis.DatasetManifestApi.as_view()),
    path("datasets/<int:dataset_id>/diff/<int:other_id>/", apis.DatasetDiffApi.as_view()),
    # Before the generic export route, which would otherwise read "hf" as a kind.
    path("datasets/<int:dataset_id>/export/hf/<str:kind>/", apis.DatasetFolderExportApi.as_view()),
    path("datasets/<int:dataset_id>/export/<str:kind>/<str:split>/", apis.DatasetExportApi.as_view()),
]
